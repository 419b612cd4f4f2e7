package io.touchpointhub.bench.resolve;

import java.nio.charset.Charset;

/**
 * One published file of a data set and the source name its records get in the prepared input.
 *
 * @param file      path under the data sets directory
 * @param charset   the file's encoding, kept in the prepared input (the mapping declares it)
 * @param delimiter the file's field delimiter, kept in the prepared input too
 */
record SourceFile(String source, String file, Charset charset, char delimiter) {
}
