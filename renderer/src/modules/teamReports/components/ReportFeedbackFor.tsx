import { useReportDoc } from '../hooks/useReportDoc.ts';
import { ReportFeedback } from './ReportFeedback.tsx';

/** ReportFeedback for the report a page names by rep and day; nothing until that report exists. */
export const ReportFeedbackFor = ({ memberId, date }: { memberId: string; date: string }) => {
  const report = useReportDoc(memberId, date);
  if (!report) return null;
  return (
    <div className="page report-feedback-page">
      <ReportFeedback report={report} />
    </div>
  );
};
