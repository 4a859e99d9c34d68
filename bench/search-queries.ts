/**
 * Queries agents and trainees type, each with the page of the default playbook
 * that must come up in the first three results. Shared by the search test and `npm run bench:search`.
 */
export const queries: [string, string][] = [
	['irate caller', '/call-scripts/angry-caller/'],
	['angry customer outage', '/call-scripts/upset-after-interruption/'],
	['downtime apology', '/call-scripts/upset-after-interruption/'],
	['refund after outage', '/call-scripts/upset-after-interruption/'],
	['caller swearing', '/call-scripts/caller-swearing/'],
	['abusive caller', '/call-scripts/caller-swearing/'],
	['customer cursing', '/call-scripts/caller-swearing/'],
	['neighbour discount', '/call-scripts/someone-you-know-wants-a-deal/'],
	['friend wants a deal', '/call-scripts/someone-you-know-wants-a-deal/'],
	['user stuck', '/call-scripts/user-stuck-on-a-simple-task/'],
	['non-technical user', '/call-scripts/user-stuck-on-a-simple-task/'],
	['project handover', '/call-scripts/handing-over-to-a-colleague/'],
	['handoff to colleague', '/call-scripts/handing-over-to-a-colleague/'],
	['vip request', '/call-scripts/vip-request/'],
	['key account urgent', '/call-scripts/vip-request/'],
	['complaint about colleague', '/call-scripts/complaint-about-a-colleague/'],
	['rude staff member', '/call-scripts/complaint-about-a-colleague/'],
	['unclear requirements', '/call-scripts/unclear-requirements/'],
	['vague request', '/call-scripts/unclear-requirements/'],
	['good news update', '/call-scripts/sharing-good-news/'],
	['saying no', '/call-scripts/saying-no-positively/'],
	['refuse customer', '/call-scripts/saying-no-positively/'],
	['empathy phrases', '/foundations/empathy/'],
	['relate reflect normalize', '/foundations/empathy/'],
	['emapthy', '/foundations/empathy/'],
	['vip customer', '/foundations/customers/'],
	['internal customer', '/foundations/customers/'],
	['80-20 rule', '/foundations/customers/'],
	['golden rules', '/foundations/golden-rules/'],
	['service masters traits', '/foundations/service-masters/'],
	['opening a call', '/foundations/communication-skills/'],
	['words to avoid', '/foundations/sixteen-habits/'],
	['sixteen habits', '/foundations/sixteen-habits/'],
	['badmouth company', '/foundations/speak-well-of-the-company/'],
	['danger of labels', '/foundations/people-not-labels/'],
	['passive listening', '/listening/active-listening/'],
	['listning', '/listening/active-listening/'],
	['interrupting caller', '/listening/zero-in/'],
	['desk set-up', '/listening/desk-setup/'],
	['listening quiz', '/listening/listening-quiz/'],
	['bias check', '/mindset/biases/'],
	['accent prejudice', '/mindset/biases/'],
	['positive attitude', '/mindset/focus-and-attitude/'],
];

/**
 * Queries a French agent types on a French page, each with the French page
 * that must come up in the first three results (and only French pages may).
 */
export const frenchQueries: [string, string][] = [
	['client énervé', '/fr/call-scripts/angry-caller/'],
	['client en colère', '/fr/call-scripts/angry-caller/'],
	['il est furax', '/fr/call-scripts/angry-caller/'],
	['le client hurle', '/fr/call-scripts/angry-caller/'],
	['client grossier', '/fr/call-scripts/caller-swearing/'],
	['il m’insulte', '/fr/call-scripts/caller-swearing/'],
	['insultes', '/fr/call-scripts/caller-swearing/'],
	['menace', '/fr/call-scripts/caller-swearing/'],
	['remboursement', '/fr/call-scripts/refund-request/'],
	['rembourssement', '/fr/call-scripts/refund-request/'],
	['récupérer mon argent', '/fr/call-scripts/refund-request/'],
	['colis jamais reçu', '/fr/call-scripts/refund-request/'],
	['règles d’or', '/fr/foundations/golden-rules/'],
];
