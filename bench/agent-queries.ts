/**
 * Queries an agent or a trainee types, written from their side of the call
 * (paraphrases, slang, typos, fragments, questions), each with the page and
 * the section of the default playbook that answers it. `npm run bench:search`
 * reports how often the dialog puts that page first, in the first three, and
 * opens it at that section.
 */

/** One query and where its answer is. */
export interface AgentQuery {
	/** What the agent types. */
	query: string;
	/** The route of the page that answers it. */
	page: string;
	/** The id of the heading or call-script step whose section answers it; absent when the page as a whole does. */
	section?: string;
	/** How the query is written. */
	kind: 'paraphrase' | 'slang' | 'typo' | 'fragment' | 'question';
}

export const agentQueries: AgentQuery[] = [
	// Start here (/)
	{ query: 'where do i even start', page: '/', kind: 'slang' },
	{ query: 'how do i use the search', page: '/', section: 'during-a-call', kind: 'question' },
	{ query: 'keybord shortcut for search', page: '/', section: 'during-a-call', kind: 'typo' },
	{ query: 'script hotkeys', page: '/', section: 'inside-a-call-script', kind: 'fragment' },
	{ query: 'copy line into chat reply', page: '/', section: 'inside-a-call-script', kind: 'paraphrase' },
	{ query: 'what should i read before day one', page: '/', section: 'in-training', kind: 'question' },
	{ query: 'who owns this page', page: '/', section: 'keeping-pages-true', kind: 'question' },
	{ query: 'page looks out of date', page: '/', section: 'keeping-pages-true', kind: 'paraphrase' },

	// Caller is swearing
	{ query: 'customer keeps cussing at me', page: '/call-scripts/caller-swearing/', kind: 'slang' },
	{ query: 'custmer swaering', page: '/call-scripts/caller-swearing/', kind: 'typo' },
	{ query: 'swearing hang up', page: '/call-scripts/caller-swearing/', section: 'end-call', kind: 'fragment' },
	{ query: 'can i hang up on a swearer', page: '/call-scripts/caller-swearing/', section: 'end-call', kind: 'question' },
	{ query: 'caller having a go at me', page: '/call-scripts/caller-swearing/', kind: 'slang' },
	{ query: 'guy wont stop effing and blinding', page: '/call-scripts/caller-swearing/', section: 'limit', kind: 'slang' },
	{ query: 'what do i say when they curse', page: '/call-scripts/caller-swearing/', kind: 'question' },
	{ query: 'abusve language warning', page: '/call-scripts/caller-swearing/', section: 'limit', kind: 'typo' },
	{ query: 'why only warn them once', page: '/call-scripts/caller-swearing/', section: 'why-this-works', kind: 'question' },

	// Complaint about a colleague
	{ query: 'customer says last agent was rude', page: '/call-scripts/complaint-about-a-colleague/', kind: 'paraphrase' },
	{ query: 'caller slating my coworker', page: '/call-scripts/complaint-about-a-colleague/', kind: 'slang' },
	{ query: 'complant about coworker', page: '/call-scripts/complaint-about-a-colleague/', kind: 'typo' },
	{ query: 'colleague complaint', page: '/call-scripts/complaint-about-a-colleague/', kind: 'fragment' },
	{
		query: 'they want my teammate disciplined',
		page: '/call-scripts/complaint-about-a-colleague/',
		section: 'feedback',
		kind: 'paraphrase',
	},
	{ query: 'should i stick up for my teammate', page: '/call-scripts/complaint-about-a-colleague/', section: 'sorry', kind: 'question' },
	{ query: 'prevous rep promised them something', page: '/call-scripts/complaint-about-a-colleague/', section: 'fix', kind: 'typo' },
	{
		query: 'why not agree colleague messed up',
		page: '/call-scripts/complaint-about-a-colleague/',
		section: 'why-this-works',
		kind: 'question',
	},

	// Handing a project to a colleague
	{ query: 'going on holiday passing my cases', page: '/call-scripts/handing-over-to-a-colleague/', kind: 'paraphrase' },
	{ query: 'hadnover checklist', page: '/call-scripts/handing-over-to-a-colleague/', kind: 'typo' },
	{ query: 'handover notes', page: '/call-scripts/handing-over-to-a-colleague/', kind: 'fragment' },
	{ query: 'prepping my cover before hols', page: '/call-scripts/handing-over-to-a-colleague/', kind: 'slang' },
	{ query: 'off on leave who gets my tickets', page: '/call-scripts/handing-over-to-a-colleague/', kind: 'slang' },
	{ query: 'teammate picking up my account', page: '/call-scripts/handing-over-to-a-colleague/', kind: 'paraphrase' },
	{ query: 'handing off to teamate', page: '/call-scripts/handing-over-to-a-colleague/', kind: 'typo' },
	{ query: 'is an email enough for a handoff', page: '/call-scripts/handing-over-to-a-colleague/', section: 'open', kind: 'question' },
	{
		query: 'why treat a teammate like a customer',
		page: '/call-scripts/handing-over-to-a-colleague/',
		section: 'why-this-works',
		kind: 'question',
	},

	// Saying no positively
	{ query: 'how do i say no nicely', page: '/call-scripts/saying-no-positively/', kind: 'question' },
	{ query: 'turning down a request nicely', page: '/call-scripts/saying-no-positively/', kind: 'paraphrase' },
	{ query: 'decilne request politely', page: '/call-scripts/saying-no-positively/', kind: 'typo' },
	{ query: 'refuse politely', page: '/call-scripts/saying-no-positively/', kind: 'fragment' },
	{ query: 'customer wont take no', page: '/call-scripts/saying-no-positively/', section: 'push-back', kind: 'slang' },
	{ query: 'alternative offer', page: '/call-scripts/saying-no-positively/', section: 'can-do', kind: 'fragment' },
	{ query: 'is it ok to blame the system', page: '/call-scripts/saying-no-positively/', section: 'answer', kind: 'question' },
	{ query: 'they want an exception to policy', page: '/call-scripts/saying-no-positively/', kind: 'paraphrase' },

	// Calling with good news
	{ query: 'calling back to say its sorted', page: '/call-scripts/sharing-good-news/', kind: 'slang' },
	{ query: 'ring customer once issue is fixed', page: '/call-scripts/sharing-good-news/', kind: 'paraphrase' },
	{ query: 'good news call', page: '/call-scripts/sharing-good-news/', kind: 'fragment' },
	{ query: 'proactve update call', page: '/call-scripts/sharing-good-news/', kind: 'typo' },
	{ query: 'fixed but customer says still broken', page: '/call-scripts/sharing-good-news/', section: 'not-yet', kind: 'paraphrase' },
	{ query: 'customer panics when we ring', page: '/call-scripts/sharing-good-news/', section: 'open', kind: 'slang' },
	{ query: 'getting feedback once its fixed', page: '/call-scripts/sharing-good-news/', section: 'feedback', kind: 'paraphrase' },
	{ query: 'why call if nothing is wrong', page: '/call-scripts/sharing-good-news/', section: 'why-this-works', kind: 'question' },

	// Someone you know wants a deal
	{ query: 'mate wants mates rates', page: '/call-scripts/someone-you-know-wants-a-deal/', kind: 'slang' },
	{ query: 'friend asking me for money off', page: '/call-scripts/someone-you-know-wants-a-deal/', kind: 'paraphrase' },
	{ query: 'neigbour wants discount', page: '/call-scripts/someone-you-know-wants-a-deal/', kind: 'typo' },
	{ query: 'friend discount', page: '/call-scripts/someone-you-know-wants-a-deal/', kind: 'fragment' },
	{ query: 'family after a cheap deal', page: '/call-scripts/someone-you-know-wants-a-deal/', kind: 'slang' },
	{ query: 'knocking back a mate', page: '/call-scripts/someone-you-know-wants-a-deal/', section: 'hold', kind: 'slang' },
	{
		query: 'why same price for everyone',
		page: '/call-scripts/someone-you-know-wants-a-deal/',
		section: 'why-this-works',
		kind: 'question',
	},

	// Requirements still unclear
	{ query: 'no idea what customer is after', page: '/call-scripts/unclear-requirements/', kind: 'slang' },
	{ query: 'clarifying questions', page: '/call-scripts/unclear-requirements/', section: 'ask', kind: 'fragment' },
	{ query: 'requirments unclear', page: '/call-scripts/unclear-requirements/', kind: 'typo' },
	{ query: 'pinning down vauge request', page: '/call-scripts/unclear-requirements/', kind: 'typo' },
	{ query: 'get them to confirm by email first', page: '/call-scripts/unclear-requirements/', section: 'confirm', kind: 'paraphrase' },
	{ query: 'vague ask', page: '/call-scripts/unclear-requirements/', kind: 'fragment' },
	{ query: 'customer cant explain the problem', page: '/call-scripts/unclear-requirements/', section: 'rephrase', kind: 'paraphrase' },
	{ query: 'why repeat their request back', page: '/call-scripts/unclear-requirements/', section: 'why-this-works', kind: 'question' },

	// Upset after a service interruption
	{ query: 'customer furious system went down', page: '/call-scripts/upset-after-interruption/', kind: 'paraphrase' },
	{ query: 'downtime complaint', page: '/call-scripts/upset-after-interruption/', kind: 'fragment' },
	{ query: 'caller losing it over outage', page: '/call-scripts/upset-after-interruption/', kind: 'slang' },
	{ query: 'servce down complaint', page: '/call-scripts/upset-after-interruption/', kind: 'typo' },
	{ query: 'apologising for downtme', page: '/call-scripts/upset-after-interruption/', section: 'apologise', kind: 'typo' },
	{ query: 'customer lost work when it crashed', page: '/call-scripts/upset-after-interruption/', kind: 'paraphrase' },
	{ query: 'should i admit we messed up', page: '/call-scripts/upset-after-interruption/', section: 'truth', kind: 'question' },
	{ query: 'outtage caller irate', page: '/call-scripts/upset-after-interruption/', kind: 'typo' },
	{
		query: 'why say sorry before explaining',
		page: '/call-scripts/upset-after-interruption/',
		section: 'why-this-works',
		kind: 'question',
	},

	// User stuck on a simple task
	{ query: 'caller cant do basic stuff', page: '/call-scripts/user-stuck-on-a-simple-task/', kind: 'slang' },
	{ query: 'no jargon', page: '/call-scripts/user-stuck-on-a-simple-task/', section: 'where', kind: 'fragment' },
	{ query: 'begginer user stuck', page: '/call-scripts/user-stuck-on-a-simple-task/', kind: 'typo' },
	{ query: 'slow walkthrough', page: '/call-scripts/user-stuck-on-a-simple-task/', section: 'walk', kind: 'fragment' },
	{ query: 'non tecnical caller', page: '/call-scripts/user-stuck-on-a-simple-task/', kind: 'typo' },
	{ query: 'losing patience with slow caller', page: '/call-scripts/user-stuck-on-a-simple-task/', section: 'ease', kind: 'paraphrase' },
	{ query: 'can i say just click it', page: '/call-scripts/user-stuck-on-a-simple-task/', section: 'ease', kind: 'question' },
	{
		query: 'why not write clueless in ticket',
		page: '/call-scripts/user-stuck-on-a-simple-task/',
		section: 'why-this-works',
		kind: 'question',
	},

	// VIP request
	{ query: 'ceo wants it done now', page: '/call-scripts/vip-request/', kind: 'slang' },
	{ query: 'big client urgent', page: '/call-scripts/vip-request/', kind: 'fragment' },
	{ query: 'important customer wants it asap', page: '/call-scripts/vip-request/', kind: 'paraphrase' },
	{ query: 'vip cusotmer rush job', page: '/call-scripts/vip-request/', kind: 'typo' },
	{ query: 'vip escalation', page: '/call-scripts/vip-request/', section: 'escalate', kind: 'fragment' },
	{ query: 'exec needs it yesterday', page: '/call-scripts/vip-request/', kind: 'slang' },
	{ query: 'escalaton details', page: '/call-scripts/vip-request/', kind: 'typo' },
	{ query: 'why be honest with a big client', page: '/call-scripts/vip-request/', section: 'why-this-works', kind: 'question' },

	// Communication skills
	{ query: 'how to start a call', page: '/foundations/communication-skills/', section: 'opening-a-call', kind: 'question' },
	{ query: 'how should i finish a call', page: '/foundations/communication-skills/', section: 'closing-a-call', kind: 'question' },
	{ query: 'greeting the caller', page: '/foundations/communication-skills/', section: 'opening-a-call', kind: 'paraphrase' },
	{ query: 'wrap up script', page: '/foundations/communication-skills/', section: 'closing-a-call', kind: 'fragment' },
	{ query: 'comunication skils', page: '/foundations/communication-skills/', section: 'the-skills', kind: 'typo' },
	{ query: 'talking differently on chat vs phone', page: '/foundations/communication-skills/', section: 'the-skills', kind: 'paraphrase' },
	{ query: 'openning line for calls', page: '/foundations/communication-skills/', section: 'opening-a-call', kind: 'typo' },
	{ query: 'sign off line', page: '/foundations/communication-skills/', section: 'closing-a-call', kind: 'fragment' },
	{ query: 'tech knowledge not enough', page: '/foundations/communication-skills/', section: 'the-skills', kind: 'paraphrase' },
	{ query: 'call just fizzles out', page: '/foundations/communication-skills/', section: 'closing-a-call', kind: 'slang' },

	// Who our customers are
	{ query: 'are coworkers customers too', page: '/foundations/customers/', section: 'internal-and-external-customers', kind: 'question' },
	{ query: 'client vs customer', page: '/foundations/customers/', section: 'customers-and-clients', kind: 'fragment' },
	{ query: 'intrnal customers', page: '/foundations/customers/', section: 'internal-and-external-customers', kind: 'typo' },
	{ query: 'pareto customers', page: '/foundations/customers/', section: 'the-80-20-rule', kind: 'fragment' },
	{ query: 'what punters actually want', page: '/foundations/customers/', section: 'what-every-customer-needs', kind: 'slang' },
	{ query: 'some customers are just a nightmare', page: '/foundations/customers/', section: 'the-80-20-rule', kind: 'slang' },
	{ query: 'should big spenders get better service', page: '/foundations/customers/', section: 'vip-customers', kind: 'question' },
	{
		query: 'matching a rude customers language',
		page: '/foundations/customers/',
		section: 'adjusting-your-speech-to-the-customer',
		kind: 'paraphrase',
	},
	{ query: 'repeat vs one off customers', page: '/foundations/customers/', section: 'customers-and-clients', kind: 'paraphrase' },
	{ query: 'is the client always right', page: '/foundations/customers/', section: 'the-80-20-rule', kind: 'question' },

	// Empathy
	{ query: 'empathy vs sympathy', page: '/foundations/empathy/', section: 'what-empathy-is-not', kind: 'fragment' },
	{ query: 'empthy statements', page: '/foundations/empathy/', section: 'three-ways-to-show-it', kind: 'typo' },
	{ query: 'sympathetic noises', page: '/foundations/empathy/', section: 'three-ways-to-show-it', kind: 'slang' },
	{ query: 'sharing my own story with caller', page: '/foundations/empathy/', section: 'relate', kind: 'paraphrase' },
	{ query: 'mirroring their feelings back', page: '/foundations/empathy/', section: 'reflect', kind: 'paraphrase' },
	{ query: 'its normal to be annoyed', page: '/foundations/empathy/', section: 'normalize', kind: 'paraphrase' },
	{ query: 'should i agree our app is rubbish', page: '/foundations/empathy/', section: 'what-empathy-is-not', kind: 'question' },
	{ query: 'customer feels thick asking', page: '/foundations/empathy/', section: 'when-the-customer-is-not-an-expert', kind: 'slang' },
	{ query: 'does empathy make calls longer', page: '/foundations/empathy/', section: 'why-it-helps', kind: 'question' },
	{ query: 'what is empathy really', page: '/foundations/empathy/', section: 'what-empathy-is', kind: 'question' },
	{ query: 'customer proper wound up', page: '/foundations/empathy/', kind: 'slang' },

	// The golden rules
	{ query: 'basic rules for every call', page: '/foundations/golden-rules/', kind: 'paraphrase' },
	{ query: 'golden ruels', page: '/foundations/golden-rules/', kind: 'typo' },
	{ query: 'call going off track', page: '/foundations/golden-rules/', section: 'be-in-control', kind: 'slang' },
	{ query: 'takng charge of a call', page: '/foundations/golden-rules/', section: 'be-in-control', kind: 'typo' },
	{ query: 'sounding sure of myself', page: '/foundations/golden-rules/', section: 'be-positive-and-confident', kind: 'paraphrase' },
	{ query: 'stop saying maybe', page: '/foundations/golden-rules/', section: 'be-positive-and-confident', kind: 'fragment' },
	{ query: 'next step ownership', page: '/foundations/golden-rules/', section: 'drive-the-issue-forward', kind: 'fragment' },
	{ query: 'treating every caller alike', page: '/foundations/golden-rules/', section: 'be-consistent', kind: 'paraphrase' },
	{ query: 'why bother with the rules', page: '/foundations/golden-rules/', section: 'why-they-matter', kind: 'question' },

	// Treat people as people
	{
		query: 'nicknames for difficult callers',
		page: '/foundations/people-not-labels/',
		section: 'the-danger-of-labels',
		kind: 'paraphrase',
	},
	{ query: 'calling a customer a timewaster', page: '/foundations/people-not-labels/', section: 'the-danger-of-labels', kind: 'slang' },
	{ query: 'labeling customers', page: '/foundations/people-not-labels/', section: 'the-danger-of-labels', kind: 'fragment' },
	{ query: 'treat customer like a human', page: '/foundations/people-not-labels/', kind: 'paraphrase' },
	{
		query: 'imagine being in the callers shoes',
		page: '/foundations/people-not-labels/',
		section: 'put-yourself-in-their-place',
		kind: 'paraphrase',
	},
	{ query: 'helping teammates out', page: '/foundations/people-not-labels/', section: 'lift-each-other-up', kind: 'fragment' },
	{ query: 'peple not lables', page: '/foundations/people-not-labels/', kind: 'typo' },
	{ query: 'why not call them users', page: '/foundations/people-not-labels/', section: 'the-danger-of-labels', kind: 'question' },

	// The four traits of service masters
	{ query: 'what makes a great agent', page: '/foundations/service-masters/', section: 'the-four-traits', kind: 'question' },
	{ query: 'qualities of the top reps', page: '/foundations/service-masters/', section: 'the-four-traits', kind: 'paraphrase' },
	{ query: 'servce master traits', page: '/foundations/service-masters/', section: 'the-four-traits', kind: 'typo' },
	{ query: 'agent qualities', page: '/foundations/service-masters/', section: 'the-four-traits', kind: 'fragment' },
	{
		query: 'what good agents sound like',
		page: '/foundations/service-masters/',
		section: 'what-they-look-like-on-a-call',
		kind: 'paraphrase',
	},
	{ query: 'practise one trait each shift', page: '/foundations/service-masters/', section: 'try-it', kind: 'paraphrase' },
	{ query: 'what do customers remember', page: '/foundations/service-masters/', section: 'why-they-work', kind: 'question' },

	// Sixteen habits of effective communication
	{ query: 'what words shouldnt i say', page: '/foundations/sixteen-habits/', section: 'words-to-avoid', kind: 'question' },
	{ query: 'banned phrases', page: '/foundations/sixteen-habits/', section: 'words-to-avoid', kind: 'fragment' },
	{ query: 'can i say outage', page: '/foundations/sixteen-habits/', section: 'words-to-avoid', kind: 'question' },
	{ query: 'telling a customer to calm down', page: '/foundations/sixteen-habits/', section: 'words-to-avoid', kind: 'paraphrase' },
	{ query: 'wrds to aviod', page: '/foundations/sixteen-habits/', section: 'words-to-avoid', kind: 'typo' },
	{ query: 'scary wording', page: '/foundations/sixteen-habits/', section: 'words-to-avoid', kind: 'fragment' },
	{ query: 'winning caller trust', page: '/foundations/sixteen-habits/', section: 'the-sixteen-habits', kind: 'fragment' },
	{ query: 'habbits of good communicaton', page: '/foundations/sixteen-habits/', section: 'the-sixteen-habits', kind: 'typo' },
	{ query: 'smiling phone voice', page: '/foundations/sixteen-habits/', section: 'the-sixteen-habits', kind: 'fragment' },
	{ query: 'keep the customer in the loop', page: '/foundations/sixteen-habits/', section: 'the-sixteen-habits', kind: 'slang' },

	// Never speak badly of the company
	{
		query: 'customer slagging off the company',
		page: '/foundations/speak-well-of-the-company/',
		section: 'when-the-customer-runs-us-down',
		kind: 'slang',
	},
	{
		query: 'can i agree our company sucks',
		page: '/foundations/speak-well-of-the-company/',
		section: 'when-the-customer-runs-us-down',
		kind: 'question',
	},
	{ query: 'whinging about work to callers', page: '/foundations/speak-well-of-the-company/', kind: 'slang' },
	{ query: 'badmouthing employer', page: '/foundations/speak-well-of-the-company/', kind: 'fragment' },
	{ query: 'criticsing the compnay', page: '/foundations/speak-well-of-the-company/', kind: 'typo' },
	{
		query: 'coworker messed up what do i say',
		page: '/foundations/speak-well-of-the-company/',
		section: 'when-a-colleague-caused-the-problem',
		kind: 'question',
	},
	{
		query: 'owning a mistake without naming anyone',
		page: '/foundations/speak-well-of-the-company/',
		section: 'being-honest-without-blaming',
		kind: 'paraphrase',
	},
	{
		query: 'i represent the business',
		page: '/foundations/speak-well-of-the-company/',
		section: 'you-are-the-company',
		kind: 'paraphrase',
	},
	{ query: 'why not joke about our company', page: '/foundations/speak-well-of-the-company/', section: 'why-it-matters', kind: 'question' },

	// Active and passive listening
	{ query: 'caller says im not listening', page: '/listening/active-listening/', section: 'hearing-is-not-listening', kind: 'paraphrase' },
	{ query: 'hearing vs listening', page: '/listening/active-listening/', section: 'hearing-is-not-listening', kind: 'fragment' },
	{ query: 'showing im paying atention', page: '/listening/active-listening/', section: 'how-to-listen-actively', kind: 'typo' },
	{ query: 'summing up what they told me', page: '/listening/active-listening/', section: 'how-to-listen-actively', kind: 'paraphrase' },
	{ query: 'activ listning', page: '/listening/active-listening/', section: 'passive-and-active-listening', kind: 'typo' },
	{ query: 'zoning out on calls', page: '/listening/active-listening/', section: 'passive-and-active-listening', kind: 'slang' },
	{ query: 'saying mm hmm on calls', page: '/listening/active-listening/', section: 'how-to-listen-actively', kind: 'slang' },
	{ query: 'half listening', page: '/listening/active-listening/', section: 'passive-and-active-listening', kind: 'fragment' },

	// Set up your desk before calls
	{ query: 'desk checklist', page: '/listening/desk-setup/', kind: 'fragment' },
	{ query: 'what goes on the desk', page: '/listening/desk-setup/', kind: 'question' },
	{ query: 'workstaton prep', page: '/listening/desk-setup/', kind: 'typo' },
	{ query: 'does posture change my voice', page: '/listening/desk-setup/', section: 'why-each-step-helps', kind: 'question' },
	{ query: 'pings distracting me on calls', page: '/listening/desk-setup/', section: 'why-each-step-helps', kind: 'slang' },
	{ query: 'office is rowdy today', page: '/listening/desk-setup/', section: 'during-the-shift', kind: 'slang' },

	// Listening self-assessment
	{ query: 'am i a good listener', page: '/listening/listening-quiz/', kind: 'question' },
	{ query: 'test how well i listen', page: '/listening/listening-quiz/', kind: 'paraphrase' },
	{ query: 'listening selftest', page: '/listening/listening-quiz/', kind: 'fragment' },
	{ query: 'quiz scale numbers', page: '/listening/listening-quiz/', section: 'the-scale', kind: 'fragment' },
	{ query: 'rating scale quizz', page: '/listening/listening-quiz/', section: 'the-scale', kind: 'typo' },
	{ query: 'listening scroe meaning', page: '/listening/listening-quiz/', section: 'the-quality-listening-spectrum', kind: 'typo' },
	{
		query: 'what does a score of 25 mean',
		page: '/listening/listening-quiz/',
		section: 'the-quality-listening-spectrum',
		kind: 'question',
	},
	{ query: 'got my result now what', page: '/listening/listening-quiz/', section: 'what-next', kind: 'slang' },

	// Zero in on the caller
	{ query: 'stop cutting callers off', page: '/listening/zero-in/', kind: 'paraphrase' },
	{ query: 'listening do and dont', page: '/listening/zero-in/', kind: 'fragment' },
	{ query: 'intrupting caller', page: '/listening/zero-in/', kind: 'typo' },
	{ query: 'thinking of my answer mid sentence', page: '/listening/zero-in/', kind: 'paraphrase' },
	{ query: 'why let them finish talking', page: '/listening/zero-in/', section: 'why-each-one-matters', kind: 'question' },
	{ query: 'separating facts from emotions', page: '/listening/zero-in/', section: 'why-each-one-matters', kind: 'paraphrase' },
	{ query: 'what does their tone tell me', page: '/listening/zero-in/', section: 'why-each-one-matters', kind: 'question' },

	// Keep biases out of the call
	{ query: 'judging callers by accent', page: '/mindset/biases/', kind: 'paraphrase' },
	{ query: 'unconcious bias', page: '/mindset/biases/', kind: 'typo' },
	{ query: 'bias mid call', page: '/mindset/biases/', section: 'when-you-notice-one-mid-call', kind: 'fragment' },
	{ query: 'caught myself assuming about a caller', page: '/mindset/biases/', section: 'when-you-notice-one-mid-call', kind: 'paraphrase' },
	{ query: 'naming my biases', page: '/mindset/biases/', section: 'the-three-facts-about-bias', kind: 'fragment' },
	{ query: 'what if i have prejudices', page: '/mindset/biases/', section: 'the-three-facts-about-bias', kind: 'question' },
	{ query: 'bias creeping in', page: '/mindset/biases/', section: 'how-biases-slip-into-a-call', kind: 'slang' },
	{ query: 'being judgy about callers', page: '/mindset/biases/', kind: 'slang' },

	// Focus, connect, stay positive
	{ query: 'having a rough day', page: '/mindset/focus-and-attitude/', section: 'on-a-bad-day', kind: 'slang' },
	{ query: 'staying upbeat on calls', page: '/mindset/focus-and-attitude/', section: 'stay-positive', kind: 'paraphrase' },
	{ query: 'cant concentrate on calls', page: '/mindset/focus-and-attitude/', section: 'focus', kind: 'slang' },
	{ query: 'shared interests caller', page: '/mindset/focus-and-attitude/', section: 'connect', kind: 'fragment' },
	{ query: 'positve atitude', page: '/mindset/focus-and-attitude/', section: 'stay-positive', kind: 'typo' },
	{ query: 'what if theres no quick solution', page: '/mindset/focus-and-attitude/', section: 'stay-positive', kind: 'question' },
	{ query: 'coworker nattering at me mid call', page: '/mindset/focus-and-attitude/', section: 'focus', kind: 'slang' },
	{ query: 'shaken up after a bad call', page: '/mindset/focus-and-attitude/', section: 'on-a-bad-day', kind: 'paraphrase' },
];
