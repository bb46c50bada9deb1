/** The first rows of a sheet as read, with Excel's row numbers and column letters, so people recognise their file. */
export const PreviewTable = ({ rows, rowNumbers, highlight }: { rows: readonly string[][]; rowNumbers: readonly number[]; highlight?: number }) => {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const letters = Array.from({ length: width }, (_, i) => String.fromCharCode(65 + (i % 26)).repeat(Math.floor(i / 26) + 1));
  return (
    <div className="import-preview">
      <table>
        <thead>
          <tr>
            <th />
            {letters.map((l) => (
              <th key={l}>{l}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className={rowNumbers[i] === highlight ? 'import-header-row' : ''}>
              <th>{rowNumbers[i]}</th>
              {letters.map((l, j) => (
                <td key={l}>{row[j] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
