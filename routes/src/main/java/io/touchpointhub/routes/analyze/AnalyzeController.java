package io.touchpointhub.routes.analyze;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpointhub.nlp.TextAnalyzer;
import io.touchpointhub.nlp.TextKind;
import io.touchpointhub.routes.web.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ad-hoc text analysis: language, sentiment, entities, keywords, hashtags, mentions and URLs of each text. */
@RestController
@RequestMapping("/api/analyze")
@Tag(name = "Analysis", description = "Language, sentiment and entities of free text")
class AnalyzeController {

    static final int MAX_TEXTS = 1_000;

    private final TextAnalyzer analyzer;
    private final ObjectMapper json;
    private final NlpProperties properties;

    AnalyzeController(TextAnalyzer analyzer, ObjectMapper json, NlpProperties properties) {
        this.analyzer = analyzer;
        this.json = json;
        this.properties = properties;
    }

    @Operation(summary = "Analyse 1 to 1,000 texts: {\"texts\":[...], \"kind\":\"social|long_form\" (optional)}; "
            + "results in the order of the texts")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, List<AnalysisView>> analyze(HttpServletRequest request) throws IOException {
        JsonNode body = read(request);
        List<String> texts = texts(body.get("texts"));
        TextKind kind = kind(body.get("kind"));
        List<AnalysisView> results = new ArrayList<>(texts.size());
        for (String text : texts) {
            results.add(AnalysisView.of(analyzer.analyze(text, kind)));
        }
        return Map.of("results", results);
    }

    private JsonNode read(HttpServletRequest request) throws IOException {
        long limit = properties.maxRequestSize().toBytes();
        byte[] bytes = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new InvalidFieldException("body", "must not be larger than hub.nlp.max-request-size (" + limit + " bytes)");
        }
        try {
            JsonNode body = json.readTree(bytes);
            if (body == null || !body.isObject()) {
                throw new InvalidFieldException("body", "must be a JSON object with the field texts");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException("body", "must be well-formed JSON");
        }
    }

    private static List<String> texts(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new InvalidFieldException("texts", "is required");
        }
        if (!node.isArray() || node.isEmpty() || node.size() > MAX_TEXTS) {
            throw new InvalidFieldException("texts", "must be an array of 1 to " + MAX_TEXTS + " strings");
        }
        List<String> texts = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode text = node.get(i);
            if (!text.isTextual()) {
                throw new InvalidFieldException("texts[" + i + "]", "must be a string");
            }
            texts.add(text.asText());
        }
        return texts;
    }

    private static TextKind kind(JsonNode node) {
        if (node == null || node.isNull()) {
            return TextKind.UNKNOWN;
        }
        try {
            return TextKind.valueOf(node.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kind", "must be social, review, long_form or unknown");
        }
    }
}
