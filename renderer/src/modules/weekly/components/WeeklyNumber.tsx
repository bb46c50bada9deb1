import { appLinkHash } from '../../../../../shared/links/appLink.ts';

type Props = { text: string; ids: readonly string[]; title: string };

/** A number of the 周报; with rows behind it, a link that opens exactly those rows in the grid. */
export const WeeklyNumber = ({ text, ids, title }: Props) =>
  ids.length === 0 ? (
    <span>{text}</span>
  ) : (
    <a className="weekly-number-link" href={appLinkHash({ kind: 'followUpIds', ids: [...ids], title })} title={title}>
      {text}
    </a>
  );
