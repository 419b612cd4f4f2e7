/**
 * Normalisation of field values before they are compared: names (case, accents, punctuation, titles,
 * nicknames), addresses (St/Street, unit numbers), companies (legal-form suffixes), dates, codes and
 * free text tokens. Latin text is folded; Chinese, Japanese and Korean text only gets NFKC (full-width
 * to half-width) and whitespace removal, never case or accent games.
 */
package io.touchpointhub.identity.match.normalize;
