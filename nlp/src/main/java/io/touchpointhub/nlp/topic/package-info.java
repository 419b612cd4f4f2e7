/**
 * Tracked-topic matching: a small boolean query language (terms, "phrases", #hashtags, AND, OR, NOT,
 * parentheses, trailing * for prefixes) evaluated case- and accent-insensitively on word boundaries,
 * with Chinese and Japanese terms matched as substrings; and the tagger that names every topic a text
 * matches.
 */
package io.touchpointhub.nlp.topic;
