import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeSet } from '../../../../../shared/customers/changeSet.ts';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import type { Role } from '../../../../../shared/domain/roles.ts';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import type { useFollowUpsByCustomer } from '../hooks/useFollowUpsByCustomer.ts';
import { useMergePlan } from '../hooks/useMergePlan.ts';
import { mergeAdditions } from '../utils/mergeAdditions.ts';
import { storedCustomer } from '../utils/storedCustomer.ts';
import { MergeSide } from './MergeSide.tsx';

type Props = {
  /** The pair, the one proposed to keep first (the older). */
  pair: [CustomerRow, CustomerRow];
  lookups: GridLookups;
  followUps: ReturnType<typeof useFollowUpsByCustomer>;
  role: Role | undefined;
  /** Writes the merge (one undo step); resolves when written. */
  onMerge: (set: ChangeSet, keep: CustomerRow, drop: CustomerRow, moved: number) => Promise<void>;
  onClose: () => void;
};

/** 合并客户: both side by side, which one to keep, the merged result previewed, then one confirmed write. */
export const MergeDialog = ({ pair, lookups, followUps, role, onMerge, onClose }: Props) => {
  const { t } = useTranslation();
  const [keepIndex, setKeepIndex] = useState(0);
  const [busy, setBusy] = useState(false);
  const keep = pair[keepIndex] as CustomerRow;
  const drop = pair[1 - keepIndex] as CustomerRow;
  const plan = useMergePlan(keep, drop, followUps, role);
  const adds = plan ? mergeAdditions(t, storedCustomer(keep), plan.set.customers[0]?.after ?? {}, lookups) : [];
  const confirm = () => {
    if (!plan || plan.refusal) return;
    setBusy(true);
    void onMerge(plan.set, keep, drop, plan.followUps).finally(() => setBusy(false));
  };
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <div className="dialog cust-dialog merge-dialog" role="dialog" aria-modal="true" aria-label={t('customers.merge.title')} onClick={(e) => e.stopPropagation()}>
        <h2>{t('customers.merge.title')}</h2>
        <p className="form-intro">{t('customers.merge.intro')}</p>
        <div className="merge-sides">
          {pair.map((row, i) => (
            <MergeSide key={row.id} row={row} followUps={followUps.of(row.id).length} lookups={lookups} kept={i === keepIndex} onKeep={() => setKeepIndex(i)} />
          ))}
        </div>
        <section className="merge-preview" aria-label={t('customers.merge.preview')} data-testid="merge-preview">
          <h3>{t('customers.merge.preview')}</h3>
          {plan ? (
            <>
              <p>{t('customers.merge.previewMoves', { drop: drop.name, keep: keep.name, count: plan.followUps, comments: plan.comments })}</p>
              <p>{adds.length ? t('customers.merge.previewAdds', { keep: keep.name, list: adds.join(t('customers.merge.listSeparator')) }) : t('customers.merge.previewNothing', { keep: keep.name })}</p>
              {plan.refusal ? <p className="form-error" role="alert">{t(`customers.merge.refused.${plan.refusal}`)}</p> : null}
            </>
          ) : (
            <p className="muted">{t('customers.merge.loading')}</p>
          )}
        </section>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>{t('customers.merge.cancel')}</button>
          <button type="button" className="button primary" disabled={!plan || !!plan.refusal || busy} onClick={confirm}>{t('customers.merge.confirm')}</button>
        </div>
      </div>
    </div>
  );
};
