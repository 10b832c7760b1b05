import type { PolicyRule, RuleAction } from '../modules/policies/index.ts';

// POL-RULESET for the demo documents: the deletion categories of an SNS policy (SNS-DELETE) and the
// prohibited acts of the LINE desk (DESK-PROHIBIT), labelled in our own words.

const snsCategories: [string, string, string][] = [
  ['01', '法令に違反する、またはそのおそれがあるもの', 'Illegal or likely to be illegal'],
  ['02', '特定の個人や団体をおとしめるもの', 'Defaming a person or a group'],
  ['03', '政治活動・宗教活動を目的とするもの', 'Political or religious campaigning'],
  ['04', '著作権・商標権・肖像権などを侵すもの', 'Infringing copyright, trademarks or portrait rights'],
  ['05', '宣伝・勧誘・営利を目的とするもの', 'Advertising, solicitation or commercial purposes'],
  ['06', '人種・信条などによる差別につながるもの', 'Discrimination by race, belief or creed'],
  ['07', '公の秩序や善良な風俗に反するもの', 'Against public order and morals'],
  ['08', '事実でない情報やうわさを広めるもの', 'False information or rumours'],
  [
    '09',
    '本人の同意なく個人を特定し、または個人情報を明かすもの',
    'Identifying a person or disclosing personal data without consent',
  ],
  ['10', '他の利用者や第三者になりすますもの', 'Impersonating other users or third parties'],
  ['11', '有害なプログラムを含むもの', 'Containing harmful programs'],
  ['12', 'わいせつなもの、その他不適切な表現', 'Obscene or otherwise inappropriate'],
  ['13', 'このアカウントの投稿内容を改変したもの', "Altering this account's own content"],
  ['14', 'このアカウントの目的と関係のないもの', 'Unrelated to the purpose of this account'],
  [
    '15',
    'その他不適切と判断したもの、およびそれらへのリンク',
    'Anything else judged inappropriate, and links to it',
  ],
];

function snsRules(numbers: string[], actionsFor: (n: string) => RuleAction[]): PolicyRule[] {
  return snsCategories
    .filter(([n]) => numbers.includes(n))
    .map(([n, labelJa, labelEn]) => ({
      categoryId: `SNS-DELETE-${n}`,
      labelJa,
      labelEn,
      actions: actionsFor(n),
    }));
}

const all = snsCategories.map(([n]) => n);
/** The job café: all 15 categories; the author may be blocked except for merely off-topic posts. */
export const jobcafeSnsRules = snsRules(all, (n) =>
  ['14', '15'].includes(n) ? ['delete', 'hide'] : ['delete', 'hide', 'block'],
);
/** The co-op's public policy uses a subset; blocking only for the malicious categories. */
export const coopSnsRules = snsRules(
  ['01', '02', '03', '04', '05', '06', '07', '08', '09', '12', '14', '15'],
  (n) => (['01', '02', '06'].includes(n) ? ['delete', 'hide', 'block'] : ['delete', 'hide']),
);

const deskActs: [string, string][] = [
  ['県、運営事業者または第三者を誹謗中傷すること', 'Defaming the prefecture, the operator or others'],
  [
    '知的財産権、肖像権、プライバシーその他の権利を侵すこと',
    'Infringing intellectual property, portrait, privacy or other rights',
  ],
  [
    '広告やアフィリエイトなど、相談以外の目的で使うこと',
    'Advertising, affiliate links or other use beyond consultation',
  ],
  ['コンピュータウイルスなど有害なプログラムを送ること', 'Sending viruses or other harmful programs'],
  ['デスクの運営を妨げること', "Obstructing the desk's operation"],
  ['他の利用者になりすますこと', 'Impersonating another user'],
  ['デスクのシステムを再配布すること', 'Redistributing the system'],
  ['デスクのシステムを改変すること', 'Altering the system'],
  ['著作権の表示を取り除くこと', 'Removing copyright notices'],
  ['その他、法令に違反する行為', 'Any other illegal act'],
];
/** DESK-PROHIBIT; DESK-RESTRICT allows suspending or refusing use and erasing the user's data. */
export const deskProhibitedActs: PolicyRule[] = deskActs.map(([labelJa, labelEn], i) => ({
  categoryId: `DESK-PROHIBIT-${String(i + 1).padStart(2, '0')}`,
  labelJa,
  labelEn,
  actions: ['suspend', 'refuse', 'delete'],
}));
