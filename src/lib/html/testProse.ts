/** Eight distinct paragraphs of article prose (written here) for the HTML tests. */
export const PARAGRAPHS = [
  "Officials in both countries said on Tuesday that the joint patrols would continue along the border through the end of next month.",
  "The army sent two more units to the northern state after a week of clashes between rival groups near the highway to the coast.",
  "Residents said the streets were calmer on Wednesday, although shops in the old centre kept their shutters down until well past noon.",
  "Prosecutors opened an inquiry into the deaths of four men found near a ranch outside the state capital late on Monday night last week.",
  "The governor asked for federal help in rebuilding two bridges and a police station that were damaged in the fighting over the weekend.",
  "Teachers in three towns kept schools closed for a second day, saying they could not guarantee the safety of children on the roads.",
  "A spokesman for the defence ministry said the new units would stay in the region for as long as the local authorities asked them to.",
  "Both governments are expected to review the arrangement at a meeting of their security cabinets in the capital early next month.",
];
