import { useMembers } from '../../db/useMembers.ts';
import { AttachmentUploadEffect } from '../../modules/customerDetail/components/AttachmentUploadEffect.tsx';
import { MergeRepointEffect } from '../../modules/customers/components/MergeRepointEffect.tsx';
import { RegradeEffect } from '../../modules/customers/components/RegradeEffect.tsx';
import { NotificationClickEffect } from '../../modules/reminders/components/NotificationClickEffect.tsx';
import { ReminderEffect } from '../../modules/reminders/components/ReminderEffect.tsx';
import { useTeamSettings } from '../../db/useTeamSettings.ts';
import { useHashPage } from '../hooks/useHashPage.ts';
import { MenuNavigationEffect } from './MenuNavigationEffect.tsx';
import { NavBar } from './NavBar.tsx';
import { PageView } from './PageView.tsx';
import { StatusBar } from './StatusBar.tsx';

/** The app once a team exists: navigation, the current page, the status bar. */
export const AppFrame = ({ memberId }: { memberId: string }) => {
  const [page, go] = useHashPage();
  const settings = useTeamSettings();
  const me = useMembers()?.find((m) => m.id === memberId);
  return (
    <div className="frame">
      <MenuNavigationEffect go={go} />
      <ReminderEffect memberId={memberId} />
      <NotificationClickEffect memberId={memberId} />
      <RegradeEffect memberId={memberId} />
      <MergeRepointEffect memberId={memberId} />
      {/* Files attached offline go up whatever page is open. */}
      <AttachmentUploadEffect />
      <NavBar page={page} go={go} teamName={settings?.teamName ?? ''} />
      <main className="content">
        <PageView page={page} />
      </main>
      <StatusBar me={me} />
    </div>
  );
};
