// Which words carry little weight when deciding that two passages say the same thing,
// and which small words nevertheless change what a sentence means.

export const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'none', 'nothing', 'nobody', 'neither', 'nowhere', 'without'])

export const MODALS = new Set(['may', 'might', 'will', 'would', 'can', 'could', 'shall', 'should', 'must', 'ought'])

export const QUANTIFIERS = new Set([
  'all', 'every', 'each', 'some', 'most', 'many', 'much', 'few', 'fewer', 'more', 'less', 'least', 'only',
  'several', 'always', 'sometimes', 'often', 'rarely', 'seldom', 'both', 'half', 'entire', 'whole',
])

/** Adverbs of degree: swapping one for another ("reasonably" → "very") changes a claim. */
export const DEGREE_WORDS = new Set([
  'very', 'really', 'reasonably', 'fairly', 'quite', 'rather', 'extremely', 'highly', 'somewhat', 'slightly',
  'totally', 'completely', 'entirely', 'partly', 'partially', 'largely', 'mostly', 'absolutely', 'deeply',
  'incredibly', 'remarkably', 'truly', 'too', 'so', 'pretty', 'hugely', 'utterly', 'barely', 'hardly',
  'almost', 'nearly', 'relatively', 'particularly', 'especially', 'enormously', 'seriously', 'moderately',
])

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'then', 'than', 'so', 'as', 'at', 'by', 'for', 'from', 'in', 'into',
  'of', 'off', 'on', 'onto', 'out', 'over', 'to', 'up', 'with', 'about', 'after', 'before', 'under', 'between',
  'through', 'during', 'against', 'among', 'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your',
  'yours', 'he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its', 'they', 'them', 'their', 'theirs', 'this',
  'that', 'these', 'those', 'there', 'here', 'who', 'whom', 'whose', 'which', 'what', 'when', 'where', 'why',
  'how', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does',
  'did', 'done', 'doing', 'also', 'just', 'very', 'too', 'any', 'such', 'own', 'same', 'other', 'another',
  'again', 'further', 'once', 'because', 'while', 'until', 'since', 'although', 'though', 'whether', 'let',
  'yes', 'well', 'oh', 'now', 'still', 'even', 'yet', 'ever', 'one', 'itself', 'themselves', 'ourselves',
  'myself', 'yourself', 'himself', 'herself', 'get', 'got', 'go', 'going', 'say', 'said', 'like', 'thing',
  'things', 'way', 'lot', 'really', 'quite', 'per', 'via', 'upon', 'within', 'across', 'toward', 'towards',
])

/** Words whose presence or absence in a match should count for little. */
export function isFunctionWord(form: string): boolean {
  return FUNCTION_WORDS.has(form)
}

/** Small words that still change the meaning: negations, modals, quantifiers, degree adverbs. */
export function isMeaningWord(form: string): boolean {
  return NEGATIONS.has(form) || MODALS.has(form) || QUANTIFIERS.has(form) || DEGREE_WORDS.has(form)
}
