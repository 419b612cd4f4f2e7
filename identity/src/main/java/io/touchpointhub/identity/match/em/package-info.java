/**
 * Unsupervised estimation of the Fellegi-Sunter parameters: comparison patterns (one level per field,
 * packed four bits a field) are counted, and expectation-maximisation over the distinct patterns
 * estimates m (level frequencies among matches), the match prior and, unless fixed, u.
 */
package io.touchpointhub.identity.match.em;
