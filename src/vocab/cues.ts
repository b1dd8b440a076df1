/**
 * Cue vocabulary for quotes: verbs of saying and writing in every form, verbs of belief (quotes
 * only with quote marks), and the small words that sit between a source and its cue.
 * Every entry is lower-case; multi-word entries are matched word by word.
 */

/** Verbs of saying and writing, every form (base, -s, past, participle, -ing). */
export const SPEECH_CUES: readonly string[] = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'claim', 'claims', 'claimed', 'claiming',
  'stated', 'stating',
  'announce', 'announces', 'announced', 'announcing',
  'insist', 'insists', 'insisted', 'insisting',
  'warn', 'warns', 'warned', 'warning',
  'notes', 'noted', 'noting',
  'write', 'writes', 'wrote', 'written', 'writing',
  'ask', 'asks', 'asked', 'asking',
  'deny', 'denies', 'denied', 'denying',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'argue', 'argues', 'argued', 'arguing',
  'explain', 'explains', 'explained', 'explaining',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'reply', 'replies', 'replied', 'replying',
  'tweet', 'tweets', 'tweeted', 'tweeting',
  'respond', 'responds', 'responded', 'responding',
  'answer', 'answers', 'answered', 'answering',
  'admit', 'admits', 'admitted', 'admitting',
  'concede', 'concedes', 'conceded', 'conceding',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'reiterate', 'reiterates', 'reiterated', 'reiterating',
  'repeat', 'repeats', 'repeated', 'repeating',
  'promise', 'promises', 'promised', 'promising',
  'pledge', 'pledges', 'pledged', 'pledging',
  'vow', 'vows', 'vowed', 'vowing',
  'predict', 'predicts', 'predicted', 'predicting',
  'complain', 'complains', 'complained', 'complaining',
  'allege', 'alleges', 'alleged', 'alleging',
  'recall', 'recalls', 'recalled', 'recalling',
  'remarked', 'remarking',
  'commented', 'commenting',
  'emphasize', 'emphasizes', 'emphasized', 'emphasizing',
  'emphasise', 'emphasises', 'emphasised', 'emphasising',
  'stress', 'stresses', 'stressed', 'stressing',
  'caution', 'cautions', 'cautioned', 'cautioning',
  'joke', 'jokes', 'joked', 'joking',
  'quip', 'quips', 'quipped', 'quipping',
  'boast', 'boasts', 'boasted', 'boasting',
  'countered', 'countering',
  'contend', 'contends', 'contended', 'contending',
  'maintain', 'maintains', 'maintained', 'maintaining',
  'assert', 'asserts', 'asserted', 'asserting',
  'testify', 'testifies', 'testified', 'testifying',
  'reported', 'reporting',
  'declare', 'declares', 'declared', 'declaring',
  'proclaim', 'proclaims', 'proclaimed', 'proclaiming',
  'mention', 'mentions', 'mentioned', 'mentioning',
  'observe', 'observes', 'observed', 'observing',
  'reveal', 'reveals', 'revealed', 'revealing',
  'disclose', 'discloses', 'disclosed', 'disclosing',
  
  'urge', 'urges', 'urged', 'urging',
  'demand', 'demanded', 'demanding',
    'concur', 'concurs', 'concurred',
  
  'speculate', 'speculates', 'speculated', 'speculating',
  'assure', 'assures', 'assured', 'assuring',
  'inform', 'informs', 'informed', 'informing',
  'remind', 'reminds', 'reminded', 'reminding',
  'scoff', 'scoffs', 'scoffed',
  'shout', 'shouts', 'shouted', 'shouting',
  'yell', 'yells', 'yelled', 'yelling',
  'whisper', 'whispers', 'whispered',
  'chant', 'chants', 'chanted', 'chanting',
  'retort', 'retorts', 'retorted', 'retorting',
  'posted', 'posting',
  'recount', 'recounts', 'recounted', 'recounting',
];

/**
 * Cue forms that are also common nouns (`media reports`, `a note`, `the states`): a cue only when
 * `that` follows right away and a source stands before them (`CBS News reports that ...`).
 */
export const THAT_ONLY_CUES: readonly string[] = [
  'note', 'report', 'reports', 'state', 'states', 'remark', 'remarks', 'comment', 'comments',
  'counter', 'counters',
];

/** Verbs of belief or assessment: a quote only when the reported content carries quote marks. */
export const BELIEF_CUES: readonly string[] = [
  'believe', 'believes', 'believed', 'believing',
  'think', 'thinks', 'thought', 'thinking',
  'assess', 'assesses', 'assessed', 'assessing',
  'expect', 'expects', 'expected', 'expecting',
  'find', 'finds', 'found',
  'conclude', 'concludes', 'concluded', 'concluding',
  
  'hope', 'hopes', 'hoped',
  'feel', 'feels', 'felt',
  'fear', 'fears', 'feared',
];

/** Verbs whose object (the hearer) comes between the cue and the reported content: `told reporters that`. */
export const OBJECT_CUES: readonly string[] = [
  'tell', 'tells', 'told', 'telling',
  'ask', 'asks', 'asked', 'asking',
  'warn', 'warns', 'warned', 'warning',
  'assure', 'assures', 'assured', 'assuring',
  'inform', 'informs', 'informed', 'informing',
  'remind', 'reminds', 'reminded', 'reminding',
  'urge', 'urges', 'urged', 'urging',
  'promise', 'promises', 'promised', 'promising',
];

/** Cues that usually take a noun-phrase object (`announced charges`): a quote only with `that`, a colon or quote marks. */
export const NP_OBJECT_CUES: readonly string[] = [
  'add', 'adds', 'added', 'adding',
  'posted', 'posting',
  'pledge', 'pledges', 'pledged', 'pledging',
  'answer', 'answers', 'answered', 'answering',
  'concede', 'concedes', 'conceded', 'conceding',
  'remind', 'reminds', 'reminded', 'reminding',
  'announce', 'announces', 'announced', 'announcing',
  'reveal', 'reveals', 'revealed', 'revealing',
  'disclose', 'discloses', 'disclosed', 'disclosing',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'mention', 'mentions', 'mentioned', 'mentioning',
  'recall', 'recalls', 'recalled', 'recalling',
  'recount', 'recounts', 'recounted', 'recounting',
  'repeat', 'repeats', 'repeated', 'repeating',
  'reiterate', 'reiterates', 'reiterated', 'reiterating',
  'tweet', 'tweets', 'tweeted', 'tweeting',
  'demand', 'demanded', 'demanding',
  'reported', 'reporting',
  'ask', 'asks', 'asked', 'asking',
  'claim', 'claimed', 'claiming',
  'maintain', 'maintains', 'maintained', 'maintaining',
  'write', 'writes', 'wrote', 'written', 'writing',
];

/** Cues of a request or order, which report the infinitive after their hearer (`urged the party to unite`). */
export const DIRECTIVE_CUES: readonly string[] = [
  'urge', 'urges', 'urged', 'urging', 'ask', 'asks', 'asked', 'asking', 'tell', 'tells', 'told', 'telling',
];

/** Cues only after the quote they attribute (`“...,” he continued.`), never before a clause (`continued to`). */
export const AFTER_QUOTE_CUES: readonly string[] = ['continue', 'continues', 'continued', 'went on'];

/** Hearers that follow an object cue without a capital: `told reporters`, `told the crowd`. */
export const AUDIENCE_NOUNS: readonly string[] = [
  'reporters', 'journalists', 'supporters', 'voters', 'lawmakers', 'members', 'students', 'crowd',
  'audience', 'rally', 'congress', 'senators', 'colleagues', 'donors', 'viewers', 'listeners',
  'him', 'her', 'them', 'us', 'me', 'you', 'everyone', 'people', 'the', 'a', 'an', 'his', 'their',
  'its', 'our',
];

/** Multi-word cue that takes its source after it: `according to X`. */
export const SOURCE_FIRST_CUES: readonly string[] = ['according to'];

/** Adverbs and particles allowed between a source and its cue (`has openly said`, `also claimed`). */
export const CUE_ADVERBS: readonly string[] = [
  'also', 'openly', 'reportedly', 'previously', 'repeatedly', 'later', 'recently', 'once', 'again',
  'then', 'publicly', 'privately', 'flatly', 'first', 'earlier', 'subsequently', 'allegedly',
  'apparently', 'clearly', 'explicitly', 'firmly', 'frequently', 'often', 'long', 'never', 'not',
  'just', 'only', 'even', 'still', 'quickly', 'immediately', 'simply', 'further', 'bluntly',
  'angrily', 'famously', 'separately', 'similarly', 'likewise', 'already', 'ultimately', 'finally',
  'initially', 'originally', 'specifically', 'directly', 'strongly', 'loudly', 'quietly', 'sharply',
  'forcefully', 'emphatically', 'jokingly', 'bitterly', 'curtly', 'too', 'herself',
  'himself', 'themselves', 'itself', 'personally', 'briefly', 'partly', 'essentially',
  // sentence adverbs and time adverbs between the source and the cue (`Carter however said`,
  // `She has since said`, `Fact-checkers soon noted`, `Kaine now says`)
  'however', 'since', 'soon', 'now', 'meanwhile', 'nonetheless', 'nevertheless', 'instead',
  'indeed', 'actually', 'eventually', 'wrongly', 'falsely', 'rightly', 'correctly', 'mistakenly',
  'suddenly', 'twice', 'certainly', 'routinely', 'consistently', 'regularly', 'constantly',
];

/** Auxiliaries between a source and its cue (`has said`, `will say`, `had told`). */
export const CUE_AUXILIARIES: readonly string[] = [
  'has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'did', 'does', 'do', 'could',
  'can', 'may', 'might', 'should', 'must', 'shall', 'been', 'be', '’s', "'s", '’d', "'d",
  'kept', 'keeps', 'went', 'goes',
];

/** Modal auxiliaries: a cue after one inside a reported clause is a prediction (`would respond`). */
export const MODAL_AUXILIARIES: readonly string[] = ['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall'];

/** Finite auxiliaries that show a reported clause (`claimed a new era had begun`), not a noun-phrase object. */
export const FINITE_AUXILIARIES: readonly string[] = [
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might',
  'should', 'must', 'shall', 'did', 'does', 'do', '’s', "'s", '’d', "'d", '’ll', "'ll", '’re', "'re",
];

/** Cues of a commitment, which report an infinitive (`vowed to ban ...`, `promised to push ...`). */
export const PROMISE_CUES: readonly string[] = [
  'promise', 'promises', 'promised', 'promising', 'vow', 'vows', 'vowed', 'vowing',
  'pledge', 'pledges', 'pledged', 'pledging',
];

/** Forms of `be` that make a following participle passive (`was told`, `is said to`). */
export const PASSIVE_AUXILIARIES: readonly string[] = ['is', 'was', 'are', 'were', 'be', 'been', 'being', 'get', 'got', 'gets'];

/** Words that open a clause and never belong to a source's name (`When Putin said`). */
export const CLAUSE_WORDS: readonly string[] = [
  'the', 'a', 'an', 'when', 'but', 'and', 'as', 'if', 'after', 'before', 'while', 'since', 'because', 'although',
  'though', 'so', 'yet', 'or', 'nor', 'what', 'who', 'whom', 'which', 'where', 'how', 'why', 'that',
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'of', 'about', 'until', 'unless', 'whether',
  'also', 'still', 'then', 'now', 'indeed', 'instead', 'meanwhile', 'however', 'moreover', 'thus',
  'here', 'there', 'this', 'these', 'those', 'it', 'yes', 'no', 'not', 'even', 'only', 'just',
  'asked', 'during', 'over', 'under', 'into', 'than', 'like', 'despite', 'both', 'either', 'neither',
  'additionally', 'separately', 'later', 'earlier', 'today', 'yesterday', 'tonight',
];

/** Time words a source may carry before or after its cue (`Putin on Thursday claimed`, `said Monday`). */
export const TIME_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'today', 'yesterday', 'tonight', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon',
  'evening', 'night', 'earlier', 'late', 'last', 'this', 'on', 'in', 'early',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sept.', 'sep.',
  'oct.', 'nov.', 'dec.',
];

/** Prepositions that open a phrase between a cue and its content or the sentence end (`said in a statement:`). */
export const CUE_TAIL_PREPOSITIONS: readonly string[] = [
  'in', 'at', 'on', 'during', 'to', 'of', 'from', 'after', 'before', 'via', 'through', 'with',
  'about', 'while', 'when', 'last', 'this', 'earlier', 'afterward', 'afterwards', 'later', 'then',
  'again', 'recently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'today', 'yesterday', 'tonight', 'for', 'under', 'over', 'outside', 'inside', 'following', 'upon',
  'shortly', 'also', 'too', 'as', 'by', 'privately', 'publicly', 'repeatedly',
];

/** Words that end a reported clause when a new clause starts after a comma (`..., though he ...`). */
export const CLAUSE_BREAKS: readonly string[] = [
  'though', 'although', 'while', 'whereas', 'but', 'and', 'yet', 'which', 'adding', 'saying', 'according',
  'after', 'compared', 'putting', 'making', 'giving', 'leaving', 'prompting', 'sending', 'marking',
];
