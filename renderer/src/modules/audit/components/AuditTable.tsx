import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../../../shared/grid/cellText.ts';
import type { AuditRow } from '../../../../../shared/sync/auditApiSchemas.ts';
import type { HistoryFormat } from '../../history/utils/historyFieldText.ts';
import { auditLines } from '../utils/auditLines.ts';

type Props = { rows: readonly AuditRow[]; fmt: HistoryFormat; device: (id: string) => string };

/** One row per revision: 时间, 成员, 电脑, 类型, 记录, 操作 and its fields 旧值 → 新值. */
export const AuditTable = ({ rows, fmt, device }: Props) => {
  const { t } = useTranslation();
  return (
    <table className="table trust-table" data-testid="audit-table">
      <thead>
        <tr>
          {(['at', 'member', 'device', 'type', 'record', 'action', 'changes'] as const).map((c) => (
            <th key={c}>{t(`audit.columns.${c}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const lines = auditLines(row, fmt, device(row.deviceId));
          const first = lines[0];
          return (
            <tr key={row.seq} data-testid="audit-row">
              <td>{formatInstant(row.at, fmt.lookups.utcOffsetMinutes)}</td>
              <td>{first?.member}</td>
              <td>{first?.device}</td>
              <td><span className="trust-type">{first?.type}</span></td>
              <td>{first?.record}</td>
              <td>{first?.action}</td>
              <td>
                <ul className="trust-changes">
                  {lines.filter((l) => l.field).map((l) => (
                    <li key={l.field}>{l.from || l.to ? t('history.change', l) : l.field}</li>
                  ))}
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
