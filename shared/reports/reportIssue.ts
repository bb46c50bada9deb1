/**
 * Why a report cannot be saved or submitted. The renderer words each code in Chinese (dailyReport.issues.*),
 * naming the section, what is wrong and what to do.
 */
export type ReportIssue =
  | { code: 'required'; sectionId: string }
  | { code: 'notANumber'; sectionId: string }
  | { code: 'notAChoice'; sectionId: string; options: string[] }
  | { code: 'tooLong'; sectionId: string; max: number }
  | { code: 'notOwner' }
  | { code: 'futureDay'; date: string }
  | { code: 'alreadySubmitted' }
  | { code: 'notSubmitted' };
