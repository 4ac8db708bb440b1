/**
 * The ablation switch: how much chrome removal rests on structure rather than on words. With
 * `NORMALIZE_ABLATE=vocabulary` in the environment, every recognizer that matches fixed
 * phrases ("Read more", "Follow us", "Trending", agency and social-network names, caption and
 * credit wording, page notes) answers "not chrome", and only the rules that read a line's shape
 * and position are left — an estimate of what a site whose words nobody listed gets.
 * `bench/chromeAblation.ts` sets it; nothing else does. Read here and nowhere else, once at load.
 */
export const VOCABULARY_ON: boolean = process.env["NORMALIZE_ABLATE"] !== "vocabulary";
