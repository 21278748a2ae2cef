// Notification texts in English and Chinese, one per kind; every message carries both languages.
import * as z from 'zod';
import type { Pilot } from '../lifecycle/pilot.ts';

export const notificationKindSchema = z.enum([
  'letter_received',
  'letter_acknowledged',
  'letter_declined',
  'template_ready',
  'submission_valid',
  'submission_invalid',
  'upload_rejected',
  'verification_task',
  'verifier_declined',
  'submission_returned',
  'report_ready',
  'certificate_issued',
  'deadline_due_soon',
  'deadline_overdue',
  'stage_failed',
  'pilot_withdrawn',
  'query_raised',
  'query_answered',
  'query_overdue',
  'conclusion_submitted',
  'conclusion_returned',
  'dataset_unlocked',
  'verification_overdue',
  'deadline_escalated',
  'draft_report_ready',
  'draft_commented',
  'draft_answered',
  'draft_review_ended',
  'case_study_submitted',
  'case_study_accepted',
  'case_study_returned',
]);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** Where the validation e-mails send the city: the portal's page (a storage link would expire within minutes). */
const feedbackEn =
  'Your workbook with every finding marked in its cell (and listed on a Findings sheet) can be downloaded from the pilot page in the portal, linked below.';
const feedbackZh = '标注了所有问题（并在“Findings”工作表中列出）的工作簿可从下方链接的门户试点页面下载。';

/** A text given in both languages of every message. */
export type InBothLanguages = { en: string; zh: string };

type Texts = { en: [subject: string, body: string]; zh: [subject: string, body: string] };

function texts(kind: NotificationKind, p: Pilot, detail: string): Texts {
  const city = p.cityName;
  switch (kind) {
    case 'letter_received':
      return {
        en: [
          `New letter of intent: ${city}`,
          `${city} (${p.country}) sent a letter of intent. Review it in the portal.`,
        ],
        zh: [`新的意向书：${city}`, `${city}（${p.country}）提交了意向书，请在门户中审核。`],
      };
    case 'letter_acknowledged':
      return {
        en: [
          'We received your letter of intent',
          `The U4SSC secretariat received the letter of intent of ${city} and will review it.`,
        ],
        zh: ['我们已收到您的意向书', `U4SSC 秘书处已收到${city}的意向书，将进行审核。`],
      };
    case 'letter_declined':
      return {
        en: [
          'Your letter of intent was declined',
          `The secretariat declined the letter of intent of ${city}. Reason: ${detail}`,
        ],
        zh: ['您的意向书未被接受', `秘书处未接受${city}的意向书。原因：${detail}`],
      };
    case 'template_ready':
      return {
        en: [
          'Your KPI data collection template is ready',
          `Download the workbook for ${city} from the portal. Submission due: ${p.dueAt ?? detail}.`,
        ],
        zh: [
          '您的 KPI 数据收集模板已就绪',
          `请从门户下载${city}的工作簿。提交截止日期：${p.dueAt ?? detail}。`,
        ],
      };
    case 'submission_valid':
      return {
        en: [
          'Your submission passed validation',
          `Submission ${detail} of ${city} passed validation and awaits verification. ${feedbackEn}`,
        ],
        zh: ['您提交的数据已通过校验', `${city}的第 ${detail} 版提交已通过校验，等待核查。${feedbackZh}`],
      };
    case 'submission_invalid':
      return {
        en: [
          'Your submission needs corrections',
          `Submission ${detail} of ${city} has errors. ${feedbackEn} Correct it and upload it again.`,
        ],
        zh: ['您提交的数据需要更正', `${city}的第 ${detail} 版提交存在错误。${feedbackZh}请更正后重新上传。`],
      };
    case 'upload_rejected':
      return {
        en: ['Your upload was rejected', `An upload for ${city} was rejected: ${detail}`],
        zh: ['您的上传被拒绝', `${city}的一次上传被拒绝：${detail}`],
      };
    case 'verification_task':
      return {
        en: [
          `Verification task: ${city}`,
          `You are asked to verify the KPI data of ${city}. Accept or decline the task in the portal.`,
        ],
        zh: [`核查任务：${city}`, `请您核查${city}的 KPI 数据。请在门户中接受或拒绝该任务。`],
      };
    case 'verifier_declined':
      return {
        en: [
          `Verifier declined: ${city}`,
          `The verifier declined the assignment for ${city}: ${detail}. Assign another verifier.`,
        ],
        zh: [`核查员拒绝任务：${city}`, `核查员拒绝了${city}的任务：${detail}。请指派其他核查员。`],
      };
    case 'submission_returned':
      return {
        en: [
          'The verifier returned your submission',
          `The verifier asks ${city} for a corrected workbook: ${detail}`,
        ],
        zh: ['核查员退回了您的提交', `核查员要求${city}提交更正后的工作簿：${detail}`],
      };
    case 'report_ready':
      return {
        en: [
          'Your verification report is ready',
          `The verification report of ${city} is available in the portal.`,
        ],
        zh: ['您的核查报告已就绪', `${city}的核查报告已可在门户中查看。`],
      };
    case 'certificate_issued':
      return {
        en: ['U4SSC certificate issued', `${city} is certified. Certificate number: ${detail}.`],
        zh: ['U4SSC 证书已颁发', `${city}已获得认证。证书编号：${detail}。`],
      };
    case 'deadline_due_soon':
      return {
        en: [`Deadline approaching: ${city}`, `The ${p.dueKind ?? ''} deadline of ${city} is ${detail}.`],
        zh: [`截止日期临近：${city}`, `${city}的截止日期为 ${detail}。`],
      };
    case 'deadline_overdue':
      return {
        en: [`Deadline passed: ${city}`, `The ${p.dueKind ?? ''} deadline of ${city} passed on ${detail}.`],
        zh: [`已超过截止日期：${city}`, `${city}的截止日期 ${detail} 已过。`],
      };
    case 'deadline_escalated':
      return {
        en: [
          `Deadline missed, escalated: ${city}`,
          `The ${p.dueKind ?? ''} deadline of ${city} passed on ${detail} and nothing has arrived since. Contact the city or the verifier, or agree a new date.`,
        ],
        zh: [
          `逾期未完成，已上报：${city}`,
          `${city}的截止日期 ${detail} 已过，至今仍未完成。请联系城市或核查员，或商定新的日期。`,
        ],
      };
    case 'stage_failed':
      return {
        en: [
          `A stage failed: ${city}`,
          `An automated stage failed for ${city}: ${detail}. Retry it from the portal.`,
        ],
        zh: [`流程阶段失败：${city}`, `${city}的自动流程失败：${detail}。请在门户中重试。`],
      };
    case 'query_raised':
      return {
        en: [
          `The verifier has a question: ${city}`,
          `The verifier asks about data point ${detail}. Answer in the portal; the verification waits for you.`,
        ],
        zh: [
          `核查员提出了问题：${city}`,
          `核查员就数据点 ${detail} 提出问题。请在门户中回答，核查将等待您的答复。`,
        ],
      };
    case 'query_answered':
      return {
        en: [
          `The city answered a query: ${city}`,
          `${city} answered query ${detail}. Review the answer in the portal.`,
        ],
        zh: [`城市已回答问题：${city}`, `${city}已回答问题 ${detail}，请在门户中查看。`],
      };
    case 'query_overdue':
      return {
        en: [`A query is overdue: ${city}`, `Query ${detail} for ${city} has not been answered in time.`],
        zh: [`问题逾期未答复：${city}`, `${city}的问题 ${detail} 未在期限内答复。`],
      };
    case 'conclusion_submitted':
      return {
        en: [
          `Verification conclusion to approve: ${city}`,
          `The verifier submitted the conclusion for ${city}. The dataset is locked (SHA-256 ${detail}). Approve it or return it with comments.`,
        ],
        zh: [
          `待批准的核查结论：${city}`,
          `核查员已提交${city}的核查结论，数据集已锁定（SHA-256 ${detail}）。请批准或附意见退回。`,
        ],
      };
    case 'conclusion_returned':
      return {
        en: [
          `Your conclusion was returned: ${city}`,
          `The supervising staff member returned the conclusion for ${city}: ${detail}`,
        ],
        zh: [`您的结论被退回：${city}`, `监督人员退回了${city}的核查结论：${detail}`],
      };
    case 'draft_report_ready':
      return {
        en: [
          `Draft verification report to review: ${city}`,
          `The verification of ${city} was approved. Review the draft report in the portal until ${detail}: accept each section or comment on it. The report is issued after the review.`,
        ],
        zh: [
          `待审阅的核查报告草稿：${city}`,
          `${city}的核查已获批准。请在 ${detail} 前在门户中审阅报告草稿：逐节接受或提出意见。审阅结束后出具报告。`,
        ],
      };
    case 'draft_review_ended':
      return {
        en: [
          `The city's comment window on the draft report ended: ${city}`,
          `The comment window of ${city} on the draft report ended on ${detail} without its acceptance of every section. Answer any open comment, then issue the report in the portal.`,
        ],
        zh: [
          `城市对报告草稿的意见期已结束：${city}`,
          `${city}对报告草稿的意见期已于 ${detail} 结束，城市未接受全部章节。请答复尚未答复的意见，然后在门户中签发报告。`,
        ],
      };
    case 'draft_commented':
      return {
        en: [
          `The city commented on the draft report: ${city}`,
          `${city} commented on the section "${detail}" of the draft report. Answer it in the portal, revising the section if needed.`,
        ],
        zh: [
          `城市对报告草稿提出了意见：${city}`,
          `${city}对报告草稿的“${detail}”一节提出了意见。请在门户中答复，必要时修订该节。`,
        ],
      };
    case 'draft_answered':
      return {
        en: [
          `The verifier answered your comment: ${city}`,
          `The verifier answered your comment on the draft report of ${city}. Read the answer in the portal.`,
        ],
        zh: [`核查员已答复您的意见：${city}`, `核查员已答复您对${city}报告草稿的意见，请在门户中查看。`],
      };
    case 'dataset_unlocked':
      return {
        en: [
          `Verified dataset unlocked: ${city}`,
          `The secretariat unlocked the verified dataset of ${city}: ${detail}`,
        ],
        zh: [`已核查数据集被解锁：${city}`, `秘书处解锁了${city}的已核查数据集：${detail}`],
      };
    case 'verification_overdue':
      return {
        en: [
          `Verification overdue: ${city}`,
          `The verification of ${city} passed its deadline of ${detail}. The supervising staff member is informed.`,
        ],
        zh: [`核查已逾期：${city}`, `${city}的核查已超过截止日期 ${detail}，已通知监督人员。`],
      };
    case 'case_study_submitted':
      return {
        en: [
          `Case study to review: ${city}`,
          `${city} submitted case study ${detail} for review. Accept it or return it with a reason in the portal.`,
        ],
        zh: [
          `待审核的案例研究：${city}`,
          `${city}提交了案例研究 ${detail} 供审核。请在门户中通过或说明理由退回。`,
        ],
      };
    case 'case_study_accepted':
      return {
        en: [
          `Your case study was accepted: ${city}`,
          `The secretariat accepted case study ${detail} of ${city}. Once certified, and if you choose to publish case studies, you can publish it in the portal.`,
        ],
        zh: [
          `您的案例研究已通过：${city}`,
          `秘书处已通过${city}的案例研究 ${detail}。获得认证并选择公开案例研究后，即可在门户中发布。`,
        ],
      };
    case 'case_study_returned':
      return {
        en: [
          `Your case study was returned: ${city}`,
          `The secretariat returned a case study of ${city}: ${detail}. Rewrite it and submit it again in the portal.`,
        ],
        zh: [
          `您的案例研究被退回：${city}`,
          `秘书处退回了${city}的一篇案例研究：${detail}。请在门户中修改后重新提交。`,
        ],
      };
    case 'pilot_withdrawn':
      return {
        en: [`Pilot withdrawn: ${city}`, `${city} withdrew from the pilot: ${detail}`],
        zh: [`试点已撤回：${city}`, `${city}已退出试点：${detail}`],
      };
  }
}

/** A message's subject and body in one language. */
export type MessageText = { subject: string; body: string };

/** The message of a kind in each language; a detail may differ by language. */
export function messageTexts(
  kind: NotificationKind,
  pilot: Pilot,
  detail: string | InBothLanguages = '',
): { en: MessageText; zh: MessageText } {
  const [en, zh] = typeof detail === 'string' ? [detail, detail] : [detail.en, detail.zh];
  const [[enSubject, enBody], [zhSubject, zhBody]] = [texts(kind, pilot, en).en, texts(kind, pilot, zh).zh];
  return { en: { subject: enSubject, body: enBody }, zh: { subject: zhSubject, body: zhBody } };
}

/** Builds a bilingual e-mail; the city's preferred language comes first. */
export function composeMessage(
  kind: NotificationKind,
  pilot: Pilot,
  detail: string | InBothLanguages = '',
  link?: string,
) {
  const t = messageTexts(kind, pilot, detail);
  const [first, second] = pilot.letter.preferredLanguage === 'zh' ? [t.zh, t.en] : [t.en, t.zh];
  const footer = link ? `\n\n${link}` : '';
  return {
    subject: `[U4SSC] ${first.subject} / ${second.subject}`,
    text: `${first.body}\n\n${second.body}${footer}`,
  };
}
