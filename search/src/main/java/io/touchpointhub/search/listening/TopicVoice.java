package io.touchpointhub.search.listening;

/**
 * One topic's part of the conversation.
 *
 * @param share its mentions over the sum of all compared topics' mentions (0 … 1; a text naming two
 *              topics counts for both)
 */
public record TopicVoice(String topic, SentimentStats stats, double share) {
}
