package io.touchpointhub.nlp;

import com.hankcs.hanlp.seg.common.Term;
import io.touchpointhub.model.NamedEntity;
import io.touchpointhub.model.Sentiment;
import io.touchpointhub.model.TextAnalysis;
import io.touchpointhub.nlp.chinese.ChineseSentiment;
import io.touchpointhub.nlp.chinese.ChineseText;
import io.touchpointhub.nlp.corenlp.CoreNlpLoader;
import io.touchpointhub.nlp.corenlp.CoreNlpPipeline;
import io.touchpointhub.nlp.corenlp.CoreNlpResult;
import io.touchpointhub.nlp.language.LanguageDetector;
import io.touchpointhub.nlp.sentiment.EnglishSentiment;
import io.touchpointhub.nlp.sentiment.Polarity;
import io.touchpointhub.nlp.sentiment.SentimentTuning;
import io.touchpointhub.nlp.sentiment.VaderLexicon;
import io.touchpointhub.nlp.sentiment.VaderSentiment;
import io.touchpointhub.nlp.text.Gazetteer;
import io.touchpointhub.nlp.text.Keywords;
import io.touchpointhub.nlp.text.NameRules;
import io.touchpointhub.nlp.text.SocialMarkers;
import io.touchpointhub.nlp.text.TextLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's analyser: language by script and stop words; English sentiment from VADER's lexicon and
 * rules, blended with Stanford CoreNLP for long-form text once CoreNLP has loaded (in the background);
 * Chinese (Traditional converted to Simplified) segmented by HanLP and scored by the hub's lexicon;
 * entities from CoreNLP, HanLP or light rules plus configured names. Work per text is bounded: the text
 * is cut to {@link NlpSettings#maxChars()}, only its first {@link NlpSettings#coreNlpMaxChars()} go
 * through CoreNLP, and every other step is linear. Thread-safe; build one and share it.
 */
public final class HubTextAnalyzer implements TextAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(HubTextAnalyzer.class);

    private final NlpSettings settings;
    private final LanguageDetector languages = new LanguageDetector();
    private final EnglishSentiment english;
    private final ChineseSentiment chinese = new ChineseSentiment();
    private final Gazetteer gazetteer;
    private final CoreNlpLoader coreNlp;

    public HubTextAnalyzer(NlpSettings settings) {
        this(settings, SentimentTuning.DEFAULT);
    }

    public HubTextAnalyzer(NlpSettings settings, SentimentTuning tuning) {
        this.settings = settings;
        this.english = new EnglishSentiment(new VaderSentiment(VaderLexicon.load()), tuning);
        this.gazetteer = new Gazetteer(settings.names());
        // loaded when the first text needs it, not at start-up: a hub that sees no prose (a web-analytics
        // source) never spends the ~735 MB of heap and the CPU of loading the models
        this.coreNlp = settings.coreNlp() ? new CoreNlpLoader() : null;
    }

    /** Waits until CoreNLP has loaded (tests, benchmarks); returns whether it is in use. */
    public boolean awaitCoreNlp() {
        return coreNlp != null && coreNlp.await().isPresent();
    }

    /** Whether CoreNLP is loaded and in use (false while it loads in the background, or when disabled). */
    public boolean coreNlpReady() {
        return coreNlp != null && coreNlp.ready().isPresent();
    }

    /** Whether loading CoreNLP has begun: the first text that wanted it started it. */
    public boolean coreNlpRequested() {
        return coreNlp != null && coreNlp.started();
    }

    @Override
    public TextAnalysis analyze(String text, TextKind kind) {
        if (text == null || text.isBlank()) {
            return TextAnalysis.empty();
        }
        boolean truncated = text.length() > settings.maxChars();
        String clean = TextLimits.clean(text, settings.maxChars());
        SocialMarkers markers = SocialMarkers.of(clean);
        if (!TextLimits.hasWords(clean) || TextLimits.looksBinary(text)) {
            return new TextAnalysis(TextAnalysis.UNDETERMINED, Sentiment.NONE, List.of(), List.of(),
                    markers.hashtags(), markers.mentions(), markers.urls(), truncated);
        }
        String language = languages.detect(clean);
        Parts parts = "zh".equals(language) ? chinese(clean) : latin(clean, kind, markers);
        return new TextAnalysis(language, parts.sentiment(), parts.entities(), parts.keywords(),
                markers.hashtags(), markers.mentions(), markers.urls(), truncated);
    }

    private Parts chinese(String text) {
        String simplified = ChineseText.simplified(text);
        List<Term> terms = ChineseText.segment(simplified);
        ChineseSentiment.Result result = chinese.score(terms, simplified);
        Sentiment sentiment = new Sentiment(Polarity.label(result.score(), Polarity.DEFAULT_NEUTRAL_BAND),
                result.score(), "zh-lexicon", result.sentences());
        List<String> content = new ArrayList<>();
        for (Term term : terms) {
            String tag = term.nature == null ? "" : term.nature.toString();
            if (term.word.length() > 1 && (tag.startsWith("n") || tag.startsWith("v") || tag.startsWith("a"))) {
                content.add(text.substring(term.offset, Math.min(text.length(), term.offset + term.word.length())));
            }
        }
        List<NamedEntity> entities = Gazetteer.merge(gazetteer.find(text), ChineseText.entities(terms, text));
        return new Parts(sentiment, entities, Keywords.top(content));
    }

    private Parts latin(String text, TextKind kind, SocialMarkers markers) {
        boolean longForm = longForm(text, kind, markers);
        Optional<CoreNlpResult> core = longForm ? coreNlp(text) : Optional.empty();
        Sentiment sentiment = core.map(result -> english.blend(text, result, kind == TextKind.REVIEW))
                .orElseGet(() -> english.lexicon(text, longForm));
        List<NamedEntity> recognised = core.map(CoreNlpResult::entities).orElseGet(() -> NameRules.find(text));
        return new Parts(sentiment, Gazetteer.merge(gazetteer.find(text), recognised), Keywords.latin(text));
    }

    private boolean longForm(String text, TextKind kind, SocialMarkers markers) {
        return switch (kind) {
            case SOCIAL -> false;
            case LONG_FORM, REVIEW -> true;
            case UNKNOWN -> !markers.any() && words(text) >= settings.longFormMinWords();
        };
    }

    private Optional<CoreNlpResult> coreNlp(String text) {
        Optional<CoreNlpPipeline> pipeline = coreNlp == null ? Optional.empty() : coreNlp.start().ready();
        if (pipeline.isEmpty()) {
            return Optional.empty();
        }
        String head = text.length() > settings.coreNlpMaxChars() ? text.substring(0, settings.coreNlpMaxChars()) : text;
        try {
            return Optional.of(pipeline.get().analyze(head));
        } catch (RuntimeException e) {
            // a CoreNLP failure on one odd text must not lose its analysis: the lexicon layer answers
            LOG.warn("CoreNLP failed on a text of {} characters: {}", head.length(), e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words;
    }

    private record Parts(Sentiment sentiment, List<NamedEntity> entities, List<String> keywords) {
    }
}
