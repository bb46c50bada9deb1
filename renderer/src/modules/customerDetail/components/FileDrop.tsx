import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, MAX_BLOB_BYTES } from '../../../../../shared/attachments/blobProtocol.ts';

type Props = { files: readonly File[]; onChange: (files: File[]) => void; label: string };

/** Where files are chosen or dropped before saving; each can be taken off again. Files over the hub's limit are named and left out. */
export const FileDrop = ({ files, onChange, label }: Props) => {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState('');
  const add = (list: FileList | null) => {
    const chosen = [...(list ?? [])];
    const big = chosen.filter((f) => f.size > MAX_BLOB_BYTES);
    setRefused(big.length ? t('customerDetail.attachments.tooLarge', { name: big.map((f) => f.name).join(t('customerDetail.attachments.separator')), size: formatBytes(Math.max(...big.map((f) => f.size))), max: formatBytes(MAX_BLOB_BYTES) }) : '');
    onChange([...files, ...chosen.filter((f) => f.size <= MAX_BLOB_BYTES)]);
  };
  return (
    <div
      className={over ? 'cd-drop over wide' : 'cd-drop wide'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        add(e.dataTransfer.files);
      }}
    >
      <label className="cd-drop-pick">
        <input type="file" multiple aria-label={label} onChange={(e) => (add(e.target.files), (e.target.value = ''))} />
        <span>{t('customerDetail.attachments.drop', { max: formatBytes(MAX_BLOB_BYTES) })}</span>
      </label>
      {files.length > 0 && (
        <ul className="cd-drop-list">
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`}>
              {f.name} <span className="cd-muted">{formatBytes(f.size)}</span>
              <button type="button" className="link-button" onClick={() => onChange(files.filter((_, k) => k !== i))}>{t('customerDetail.remove')}</button>
            </li>
          ))}
        </ul>
      )}
      {refused && <p className="field-error" role="alert">{refused}</p>}
    </div>
  );
};
