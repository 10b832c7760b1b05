// SNS-DELETE-14's counterweight: evidence that a comment is about the account's topics or the post.
import type { DetectorInput, FeatureSet } from '../features.ts';
import { normaliseTerm } from '../normalise.ts';

const topicCache = new WeakMap<string[], string[]>();
const foodCache = new WeakMap<string[], boolean>();

// An account whose own topics are food (a co-op's produce, recipes, cooking classes): food talk is its business,
// so SNS-DELETE-14's food-chatter rule stands down there (`food-topic`).
const FOOD_TOPIC = /(食|野菜|果物|料理|レシピ|産地|商品|農|米|肉|魚|生協|給食|弁当|食材|グルメ)/;

function isFoodAccount(topics: string[]): boolean {
  let out = foodCache.get(topics);
  if (out === undefined) {
    out = topics.some((t) => FOOD_TOPIC.test(t));
    foodCache.set(topics, out);
  }
  return out;
}
const postCache = new Map<string, string[]>();

function normalisedTopics(topics: string[]): string[] {
  let out = topicCache.get(topics);
  if (!out) {
    out = topics.map(normaliseTerm).filter((t) => t.length >= 2);
    topicCache.set(topics, out);
  }
  return out;
}

function normalisedPostWords(post: string): string[] {
  let out = postCache.get(post);
  if (!out) {
    out = post
      .split(/[\s:：、。「」『』（）()・]+/)
      .map(normaliseTerm)
      .filter((w) => w.length >= 2);
    if (postCache.size > 1000) postCache.clear();
    postCache.set(post, out);
  }
  return out;
}

// A short connection check (テスト, test送信, 送信テスト) in a desk chat: the desk is where a user
// checks that LINE works, so it is part of the desk's business, not off-topic (SNS-DELETE-14 is for public comments).
const DESK_TEST =
  /^[\s\p{P}\p{S}]*(?:送信|接続)?(?:てすと|test(?:ing)?)(?:送信|中|です|でした|してます|します)?[\s\p{P}\p{S}]*$/u;

/** On-topic evidence for SNS-DELETE-14: any of the account's topics or words of the post itself. */
export function detectTopic(input: DetectorInput, features: FeatureSet): void {
  const text = input.match.text;
  if (input.context.channel !== 'public-comment' && text.length <= 16 && DESK_TEST.test(text)) {
    features.add('on-topic', 0, input.original.length);
    return;
  }
  if (isFoodAccount(input.context.topics)) features.add('food-topic', 0, input.original.length);
  const words = normalisedTopics(input.context.topics);
  const postWords = input.context.post ? normalisedPostWords(input.context.post) : [];
  if (words.some((w) => text.includes(w)) || postWords.some((w) => text.includes(w))) {
    features.add('on-topic', 0, input.original.length);
  }
}
