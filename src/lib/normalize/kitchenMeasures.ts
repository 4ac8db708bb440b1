/**
 * A line that measures out an amount of food or drink: a quantity (digits, a range "8-9", a
 * fraction "1/2", "½", "1 1/2") set before a kitchen unit ("1 tsp cinnamon", "½ cup feta",
 * "4 oz. cooked chicken", "Recover, 1 cup blueberries"). Recipe and meal-plan pages set their
 * ingredient lists as short bare lines, the shape of a menu; a menu never measures anything, so
 * one such line tells a list the article sets out from the page's navigation. Units are the
 * kitchen's, abbreviated as recipes write them: distances, times and weights spelled out ("20
 * pounds") are the news' own figures; "lbs", "kg" and "g" after a number are read as measures too.
 */

/** A quantity: whole, range, fraction or mixed number, or a vulgar fraction sign. */
const QUANTITY = String.raw`(?:\d+(?:\s?[-–]\s?\d+|\s\d+\/\d+|\/\d+|[.,]\d+)?\s?[½¼¾⅓⅔⅛]?|[½¼¾⅓⅔⅛])`;

/** Kitchen units, as recipes spell them (abbreviations with or without the full stop). */
const UNIT = String.raw`(?:tsps?|tbsps?|Tbsps?|TBSP|teaspoons?|tablespoons?|cups?|oz|fl\.?\s?oz|lbs?|g|kg|ml|mL|pinch(?:es)?|dash(?:es)?|cloves?|scoops?)`;

const MEASURED = new RegExp(`(?<![\\p{L}\\p{N}/.,])${QUANTITY}\\s?${UNIT}(?![\\p{L}\\p{N}])`, "u");

/** Whether `text` measures out an amount with a kitchen unit. */
export function holdsKitchenMeasure(text: string): boolean {
  return MEASURED.test(text);
}
