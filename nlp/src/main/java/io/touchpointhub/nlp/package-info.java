/**
 * Text understanding of text touchpoints: language, sentiment, entities and keywords. Filled in by the
 * NLP and listening issue; the module exists now so that the dependency edges are in place from the start.
 */
package io.touchpointhub.nlp;
