package io.touchpointhub.connectors.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.connectors.TransientConnectorException;
import io.touchpointhub.connectors.social.SocialTestSupport.MemoryCursors;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The polling contract every platform shares: backfill, cursor, catch-up and unreadable pages. */
class SocialPollerTest {

    private final MemoryCursors cursors = new MemoryCursors();
    private final List<String> handed = new ArrayList<>();

    @Test
    void firstPollIngestsAtMostTheBackfillLimitAndRemembersTheNewest() {
        ScriptedStream stream = new ScriptedStream(3, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);

        PollResult result = new SocialPoller(5, 10).poll(stream, cursors, handed::add);

        assertThat(handed).containsExactly(ids(10, 9, 8, 7, 6));
        assertThat(cursors.positions).containsEntry("scripted", "10");
        assertThat(result.state()).isEqualTo(PollResult.State.CAUGHT_UP);
    }

    @Test
    void laterPollIngestsEverythingNewerThanTheCursorAcrossPagesAndStopsThere() {
        ScriptedStream stream = new ScriptedStream(3, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        cursors.save("scripted", "3");

        PollResult result = new SocialPoller(1, 10).poll(stream, cursors, handed::add);

        assertThat(handed).containsExactly(ids(10, 9, 8, 7, 6, 5, 4));
        assertThat(stream.requests).containsExactly("first", "8", "5");
        assertThat(cursors.positions).containsEntry("scripted", "10");
        assertThat(result.pages()).isEqualTo(3);
    }

    @Test
    void pollWithNothingNewLeavesTheCursorAndHandsNothing() {
        ScriptedStream stream = new ScriptedStream(3, 5, 4, 3);
        cursors.save("scripted", "5");

        new SocialPoller(1, 10).poll(stream, cursors, handed::add);

        assertThat(handed).isEmpty();
        assertThat(cursors.positions).containsEntry("scripted", "5");
    }

    @Test
    void backlogLongerThanOnePollIsCaughtUpOverSeveralPollsWithoutGapsOrRepeats() {
        ScriptedStream stream = new ScriptedStream(2, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        cursors.save("scripted", "2");
        SocialPoller poller = new SocialPoller(1, 2);

        PollResult first = poller.poll(stream, cursors, handed::add);
        stream.add(11);
        poller.poll(stream, cursors, handed::add);
        poller.poll(stream, cursors, handed::add);
        assertThat(cursors.positions).containsEntry("scripted", "10");
        poller.poll(stream, cursors, handed::add);

        assertThat(first.state()).isEqualTo(PollResult.State.MORE_PENDING);
        assertThat(handed).containsExactly(ids(10, 9, 8, 7, 6, 5, 4, 3, 11));
        assertThat(cursors.positions).containsEntry("scripted", "11");
    }

    @Test
    void unreadablePageIsHandedOverWholeOnceKeepsEarlierProgressAndIsAskedForAgain() {
        ScriptedStream stream = new ScriptedStream(2, 6, 5, 4, 3, 2, 1);
        stream.unreadableTokens.add("5");
        cursors.save("scripted", "1");
        SocialPoller poller = new SocialPoller(1, 10);

        PollResult rejected = poller.poll(stream, cursors, handed::add);
        poller.poll(stream, cursors, handed::add);
        stream.unreadableTokens.clear();
        poller.poll(stream, cursors, handed::add);

        assertThat(rejected.state()).isEqualTo(PollResult.State.PAGE_REJECTED);
        assertThat(handed).containsExactly("{\"id\":\"6\"}", "{\"id\":\"5\"}", "<html>5</html>",
                "{\"id\":\"4\"}", "{\"id\":\"3\"}", "{\"id\":\"2\"}");
        assertThat(stream.requests).containsExactly("first", "5", "5", "5", "3");
        assertThat(cursors.positions).containsEntry("scripted", "6");
    }

    @Test
    void failingLaterPageKeepsTheProgressSoTheNextPollContinuesThere() {
        ScriptedStream stream = new ScriptedStream(2, 6, 5, 4, 3, 2, 1);
        cursors.save("scripted", "1");
        SocialPoller poller = new SocialPoller(1, 10);
        SocialStream failing = new SocialStream() {
            @Override
            public String id() {
                return stream.id();
            }

            @Override
            public Page first(String since) {
                return stream.first(since);
            }

            @Override
            public Page next(String token) {
                throw new TransientConnectorException("server error");
            }
        };

        assertThatThrownBy(() -> poller.poll(failing, cursors, handed::add)).isInstanceOf(TransientConnectorException.class);
        poller.poll(stream, cursors, handed::add);

        assertThat(stream.requests).containsExactly("first", "5", "3");
        assertThat(handed).containsExactly(ids(6, 5, 4, 3, 2));
        assertThat(cursors.positions).containsEntry("scripted", "6");
    }

    @Test
    void unreadableFirstPageLeavesTheCursorAlone() {
        ScriptedStream stream = new ScriptedStream(2, 6, 5);
        stream.firstPageUnreadable = true;
        cursors.save("scripted", "4");

        PollResult result = new SocialPoller(1, 10).poll(stream, cursors, handed::add);

        assertThat(handed).containsExactly("<html>first</html>");
        assertThat(cursors.positions).containsEntry("scripted", "4");
        assertThat(result.state()).isEqualTo(PollResult.State.PAGE_REJECTED);
    }

    @Test
    void itemWithoutIdIsHandedOverWhenNewAndNotAgainOnceBelowTheCursor() {
        ScriptedStream stream = new ScriptedStream(10, 2, 1);
        cursors.save("scripted", "1");
        stream.addWithoutPosition("{\"broken\":true}");
        stream.add(3);
        SocialPoller poller = new SocialPoller(1, 10);

        poller.poll(stream, cursors, handed::add);
        stream.add(4);
        poller.poll(stream, cursors, handed::add);

        assertThat(handed).containsExactly("{\"id\":\"3\"}", "{\"broken\":true}", "{\"id\":\"2\"}", "{\"id\":\"4\"}");
    }

    @Test
    void storageFailureStopsThePollBeforeTheCursorMoves() {
        ScriptedStream stream = new ScriptedStream(5, 4, 3, 2, 1);
        cursors.save("scripted", "1");

        assertThatThrownBy(() -> new SocialPoller(1, 10).poll(stream, cursors, payload -> {
            if (payload.contains("\"2\"")) {
                throw new IllegalStateException("database down");
            }
        })).isInstanceOf(IllegalStateException.class);

        assertThat(cursors.positions).containsEntry("scripted", "1");
    }

    @Test
    void cursorRoundTripsThroughItsStoredForm() {
        Cursor catchingUp = new Cursor("5", "9", "https://x.example/api?max_id=7");

        assertThat(Cursor.decode(catchingUp.encode())).isEqualTo(catchingUp);
        assertThat(Cursor.at("5").encode()).isEqualTo("5");
        assertThat(Cursor.decode("5")).isEqualTo(Cursor.at("5"));
        assertThat(Cursor.decode("{not json")).isEqualTo(Cursor.NONE);
    }

    @Test
    void positionsOrderDecimalAndBase36IdsByLengthThenCharacters() {
        assertThat(Positions.newer("103270115826048976", "103270115826048975")).isTrue();
        assertThat(Positions.newer("99", "100")).isFalse();
        assertThat(Positions.newer("1h8f0b2", "1h8ezz0")).isTrue();
    }

    private static String[] ids(int... positions) {
        return IntStream.of(positions).mapToObj(p -> "{\"id\":\"" + p + "\"}").toArray(String[]::new);
    }
}
