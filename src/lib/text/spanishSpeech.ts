/**
 * Spanish verbs that tag a quotation, beyond the few preterites SPEECH_VERBS and
 * ROMANCE_QUOTATION_VERBS already hold: the tenses Spanish news copy writes its tags in. Spain's
 * papers tag quotations in the compound perfect ("“…”, ha explicado Moreno", "“…”, ha señalado.");
 * both sides of the Atlantic use a wide range of preterites ("relató", "lamentó", "ironizó") and the
 * narrative present ("apunta Campo", "recalca la fiscal"). Without them the tag is not read at all
 * and the quotation stays unattributed even when a name follows the verb.
 *
 * Left out: forms that are English words or that mean something else as often ("resume", "replica",
 * "cuenta" (counts), "celebra", "valora"), and the pluperfect. Only quotations read these (as
 * ROMANCE_QUOTATION_VERBS): none is a verb English text writes. Pure data.
 */

/** Participles of saying the compound perfect takes: "ha dicho", "han explicado". */
const PARTICIPLES = `dicho afirmado asegurado explicado señalado añadido agregado subrayado insistido advertido
  indicado declarado manifestado destacado reconocido recalcado resumido apuntado precisado sostenido comentado
  expresado admitido lamentado relatado defendido recordado aclarado detallado concluido criticado denunciado
  respondido contestado replicado matizado reiterado remarcado enfatizado puntualizado zanjado sentenciado
  confesado avisado alertado reprochado`.split(/\s+/u);

/** Preterites (third person singular) not in SPEECH_VERBS or ROMANCE_QUOTATION_VERBS. */
const PRETERITES = `relató lamentó resumió confesó rememoró ironizó deslizó abundó apuntó replicó contestó criticó
  denunció recordó matizó zanjó sentenció defendió aclaró apostilló bromeó detalló remarcó expuso opinó avisó
  alertó reprochó exclamó preguntó cuestionó narró insistieron afirmaron aseguraron explicaron
  señalaron indicaron añadieron agregaron`.split(/\s+/u);

/** The narrative present (third person singular) not in ROMANCE_QUOTATION_VERBS. */
const PRESENTS = `relata lamenta confiesa apunta detalla destaca precisa recalca asevera concluye matiza critica
  denuncia recuerda defiende sentencia expresa manifiesta aclara reitera insisten afirman aseguran explican
  señalan`.split(/\s+/u);

/** Spanish tag verbs: the compound perfect of each participle (one speaker or several), the preterites, the presents. */
export const SPANISH_TAG_VERBS: readonly string[] = [
  ...new Set([
    ...PARTICIPLES.flatMap((participle) => [`ha ${participle}`, `han ${participle}`]),
    ...PRETERITES,
    ...PRESENTS,
  ]),
];
