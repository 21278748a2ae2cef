// The letter of intent PDF (the content of the programme's Annex 2, in the project's own words), English or Chinese.
import type { LetterOfIntent } from '../lifecycle/events.ts';
import { fonts } from './fonts.ts';
import { palette, paragraph, startDocument } from './layout.ts';
import { type Language, pdfLang } from './locale.ts';
import { type Pdf, renderPdf } from './pdf.ts';

const text = {
  en: {
    title: 'Letter of intent',
    to: 'To: U4SSC secretariat (ITU, UNECE, UN-Habitat)',
    subject: (city: string) => `Subject: participation of ${city} in the U4SSC KPI pilot project`,
    vision: 'Our vision and current work on smart sustainable cities',
    statement: 'Statement of review and commitment',
    commitment: (city: string) =>
      `${city} has reviewed the goals of United for Smart Sustainable Cities (U4SSC) and the methodology for ` +
      'collecting the key performance indicators of Recommendation ITU-T Y.4903. The city is ready to collect ' +
      'its data according to these KPIs, to have the data verified by a verifier approved by U4SSC, and to ' +
      'submit the results to the U4SSC secretariat. The city also intends to share its inputs and lessons ' +
      'learned for the global Smart Sustainable Cities Index.',
    terms: (version: string) =>
      `The city accepts the terms of participation of the programme (Annex 1, version ${version}), including ` +
      'the commitment to contribute to the global Smart Sustainable Cities Index.',
    contact: 'Contact person for the project',
    signature: 'Signature of the mayor or authorised representative',
    date: 'Date',
    place: 'Place',
  },
  zh: {
    title: '意向书',
    to: '致：U4SSC 秘书处（国际电信联盟、联合国欧洲经济委员会、联合国人居署）',
    subject: (city: string) => `事由：${city}参与 U4SSC 关键绩效指标试点项目`,
    vision: '我市在智慧可持续城市方面的愿景和现有工作',
    statement: '审阅与承诺声明',
    commitment: (city: string) =>
      `${city}已审阅联合智慧可持续城市倡议（U4SSC）的目标以及 ITU-T Y.4903 建议书关键绩效指标的数据收集方法。` +
      '我市愿意按照这些指标收集数据，由 U4SSC 认可的核查机构对数据进行核查，并将结果提交 U4SSC 秘书处。' +
      '我市亦愿意为全球智慧可持续城市指数贡献数据和经验。',
    terms: (version: string) =>
      `我市接受项目参与条款（附件1，第 ${version} 版），包括为全球智慧可持续城市指数作出贡献的承诺。`,
    contact: '项目联系人',
    signature: '市长或授权代表签字',
    date: '日期',
    place: '地点',
  },
};

function label(doc: Pdf, caption: string): void {
  doc.moveDown(0.6).font(fonts.bold).fontSize(11).fillColor(palette.primary).text(caption).moveDown(0.3);
  doc.font(fonts.regular).fontSize(10).fillColor(palette.text);
}

function signatureBlock(doc: Pdf, letter: LetterOfIntent, t: (typeof text)[Language]): void {
  const y = Math.max(doc.y + 40, 600);
  const left = doc.page.margins.left;
  doc
    .moveTo(left, y)
    .lineTo(left + 220, y)
    .lineWidth(0.6)
    .strokeColor(palette.text)
    .stroke();
  doc
    .moveTo(left + 275, y)
    .lineTo(left + 495, y)
    .stroke();
  doc
    .font(fonts.regular)
    .fontSize(8.5)
    .fillColor(palette.muted)
    .text(t.signature, left, y + 4, { width: 220 });
  doc.text(`${t.date} / ${t.place}`, left + 275, y + 4, { width: 220 });
  doc
    .font(fonts.bold)
    .fontSize(10.5)
    .fillColor(palette.text)
    .text(letter.signatory.name, left, doc.y + 10);
  doc.font(fonts.regular).fontSize(10).text(`${letter.signatory.title}, ${letter.cityName}`);
}

export function buildLetterOfIntent(letter: LetterOfIntent, language: Language): Promise<Buffer> {
  const t = text[language];
  const place = [letter.cityName, letter.region, letter.country].filter(Boolean).join(', ');
  return renderPdf(
    { title: `${t.title} - ${letter.cityName}` },
    (doc) => {
      startDocument(doc);
      doc.rect(0, 0, doc.page.width, 8).fill(palette.primary);
      doc.font(fonts.bold).fontSize(22).fillColor(palette.primary).text(t.title, 50, 60);
      doc.font(fonts.bold).fontSize(14).fillColor(palette.text).text(place).moveDown(1);
      paragraph(doc, t.to);
      paragraph(doc, t.subject(letter.cityName));
      label(doc, t.vision);
      paragraph(doc, letter.vision);
      label(doc, t.statement);
      paragraph(doc, t.commitment(letter.cityName));
      if (letter.termsAcceptance) paragraph(doc, t.terms(letter.termsAcceptance.version));
      label(doc, t.contact);
      const contact = [letter.contact.name, letter.contact.title, letter.contact.email].filter(Boolean);
      paragraph(doc, contact.join(' · '));
      signatureBlock(doc, letter, t);
    },
    { lang: pdfLang[language] },
  );
}
