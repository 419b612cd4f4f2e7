package io.touchpointhub.connectors.fileimport;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a JSON-lines file: one JSON object per line, blank lines skipped, row number = line number.
 * Nested objects are flattened to dotted columns ({@code "product": {"id": 1}} gives {@code product.id});
 * arrays are kept as JSON text; {@code null} is an absent value.
 *
 * <p>A line that is not a JSON object, or is over the size limit, is reported and skipped: the next
 * line starts afresh. Invalid bytes for the encoding stop the file.
 */
public final class JsonLinesRowReader implements RowReader {

    /* Floats as written (19.90 stays "19.90"), not as binary doubles. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final TextInput input;
    private final LineReader lines;
    private final int maxRowChars;
    private long lineNumber;

    public JsonLinesRowReader(InputStream in, ReadOptions options) {
        this.maxRowChars = options.maxRowChars();
        // the line reader bounds each line itself; the text input only decodes
        this.input = new TextInput(in, options.encoding(), Long.MAX_VALUE);
        this.lines = new LineReader(input, options.maxRowChars());
    }

    @Override
    public List<String> columns() {
        return List.of();
    }

    @Override
    public ImportRow next() {
        LineReader.Line line;
        do {
            line = readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
        } while (!line.tooLong() && line.text().isBlank());
        if (line.tooLong()) {
            throw new InvalidRowException(lineNumber, "row", "must be at most " + maxRowChars + " characters");
        }
        return new ImportRow(lineNumber, parse(line.text()));
    }

    private LineReader.Line readLine() {
        try {
            return lines.next();
        } catch (CharacterCodingException e) {
            throw new MalformedFileException(lineNumber + 1, "file", "must be encoded in the declared encoding", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading line " + (lineNumber + 1) + " of the file failed", e);
        }
    }

    private Map<String, String> parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            // Jackson's message quotes the input: never passed on
            throw new InvalidRowException(lineNumber, "row", "must be one well-formed JSON object");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidRowException(lineNumber, "row", "must be one well-formed JSON object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", node, values);
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String column = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(column + ".", value, into);
            } else if (value.isArray()) {
                into.put(column, value.toString());
            } else if (!value.isNull() && !value.isMissingNode()) {
                into.put(column, value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText());
            }
        }
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
