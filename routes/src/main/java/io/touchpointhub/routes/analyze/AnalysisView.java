package io.touchpointhub.routes.analyze;

import io.touchpointhub.model.NamedEntity;
import io.touchpointhub.model.SentenceSentiment;
import io.touchpointhub.model.Sentiment;
import io.touchpointhub.model.TextAnalysis;
import java.util.List;
import java.util.Locale;

/** One result of {@code POST /api/analyze}: labels and types in lower case, as the API documents them. */
record AnalysisView(String language, SentimentView sentiment, List<EntityView> entities, List<String> keywords,
                    List<String> hashtags, List<String> mentions, List<String> urls, boolean truncated) {

    static AnalysisView of(TextAnalysis analysis) {
        return new AnalysisView(analysis.language(), SentimentView.of(analysis.sentiment()),
                analysis.entities().stream().map(EntityView::of).toList(), analysis.keywords(), analysis.hashtags(),
                analysis.mentions(), analysis.urls(), analysis.truncated());
    }

    record SentimentView(String label, double score, String method, List<SentenceView> sentences) {
        static SentimentView of(Sentiment sentiment) {
            return new SentimentView(lower(sentiment.label()), round(sentiment.score()), sentiment.method(),
                    sentiment.sentences().stream().map(SentenceView::of).toList());
        }
    }

    record SentenceView(int begin, int end, String label, double score) {
        static SentenceView of(SentenceSentiment sentence) {
            return new SentenceView(sentence.begin(), sentence.end(), lower(sentence.label()), round(sentence.score()));
        }
    }

    record EntityView(String text, String type, int begin, int end) {
        static EntityView of(NamedEntity entity) {
            return new EntityView(entity.text(), lower(entity.type()), entity.begin(), entity.end());
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
