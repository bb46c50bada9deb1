import { useMemo } from 'react';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import { useCommentsOn } from '../../teamReports/hooks/useCommentsOn.ts';
import { useCustomerAccess } from '../hooks/useCustomerAccess.ts';
import { useCustomerAttachments } from '../hooks/useCustomerAttachments.ts';
import { useCustomerFollowUpList } from '../hooks/useCustomerFollowUpList.ts';
import { useCustomerReport, type CustomerData } from '../hooks/useCustomerReport.ts';
import { CompetitorsCard } from './CompetitorsCard.tsx';
import { ContactsCard } from './ContactsCard.tsx';
import { CustomerHeader } from './CustomerHeader.tsx';
import { CustomerNotice } from './CustomerNotice.tsx';
import { CustomerReportPrint } from './CustomerReportPrint.tsx';
import { CustomerTimeline } from './CustomerTimeline.tsx';
import { EvidenceCard } from './EvidenceCard.tsx';
import { NeedsCard } from './NeedsCard.tsx';
import { NextPlanCard } from './NextPlanCard.tsx';

/** The customer's page below the top bar: on screen the working page, on paper the 客户跟进报告. */
export const CustomerBody = ({ customer }: { customer: CustomerDoc }) => {
  const followUps = useCustomerFollowUpList(customer.id);
  const comments = useCommentsOn([customer.id]);
  const ownerIds = useMemo(() => [customer.id, ...(followUps ?? []).map((f) => f.id)], [customer.id, followUps]);
  const attachments = useCustomerAttachments(ownerIds);
  const access = useCustomerAccess(customer);
  const data = useMemo<CustomerData | undefined>(
    () => (followUps && comments && attachments ? { customer, followUps, comments: comments.filter((c) => c.targetType === 'customer'), attachments } : undefined),
    [customer, followUps, comments, attachments],
  );
  const report = useCustomerReport(data);
  return (
    <>
      <div className="no-print cd-screen">
        <CustomerNotice customer={customer} ready={access.ready} canEdit={access.canEdit} members={access.members} />
        <CustomerHeader customer={customer} report={report} canEdit={access.canEdit} members={access.members} />
        <div className="cd-layout">
          <div className="cd-main">
            <EvidenceCard customer={customer} attachments={attachments} canEdit={access.canEdit} />
            <CustomerTimeline customer={customer} data={data} canEdit={access.canEdit} members={access.members} />
          </div>
          <aside className="cd-side">
            <NextPlanCard plan={report?.nextPlan ?? null} />
            <ContactsCard customer={customer} canEdit={access.canEdit} />
            <NeedsCard customer={customer} canEdit={access.canEdit} />
            <CompetitorsCard customer={customer} canEdit={access.canEdit} />
          </aside>
        </div>
      </div>
      {report && <CustomerReportPrint report={report} />}
    </>
  );
};
