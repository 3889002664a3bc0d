package dev.encore.server.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EventBatchParserTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private final EventBatchParser parser = new EventBatchParser(new JsonFactory(), 3, Clock.fixed(NOW, ZoneOffset.UTC));

    private EventBatchParser.Batch parse(String body) throws Exception {
        return parser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private ApiProblem problem(String body) {
        return catchThrowableOfType(() -> parse(body), ApiProblem.class);
    }

    private static String errors(ApiProblem p) {
        return p.errors().stream().map(e -> e.index() + ":" + e.field()).collect(Collectors.joining(";"));
    }

    @Test
    void readsListensAndFeedbackWithEveryField() throws Exception {
        EventBatchParser.Batch b = parse("""
                {"meta": {"client": ["x", {"y": 1}]}, "events": [
                  {"type": "listen", "userId": "u1", "itemId": "t1", "itemKind": "episode", "at": "2026-05-01T10:00:00Z",
                   "msPlayed": 185000, "skipped": true, "contextType": "playlist", "contextId": "p9", "platform": "ios"},
                  {"userId": "u2", "itemId": "t2", "at": "2026-05-01T10:00:01Z", "msPlayed": null, "contextType": null},
                  {"type": "feedback", "userId": "u1", "itemId": "t3", "at": "2026-05-01T10:00:02Z", "feedback": "dislike", "active": false}
                ]}""");
        assertThat(b.listens()).containsExactly(
                new ListenEvent("u1", ItemKind.EPISODE, "t1", Instant.parse("2026-05-01T10:00:00Z"), 185_000, "playlist", "p9",
                        null, null, true, false, false, "ios", "api"),
                new ListenEvent("u2", ItemKind.TRACK, "t2", Instant.parse("2026-05-01T10:00:01Z"), -1, null, null,
                        null, null, false, false, false, null, "api"));
        assertThat(b.feedback()).containsExactly(
                new Feedback("u1", ItemKind.TRACK, "t3", FeedbackType.DISLIKE, Instant.parse("2026-05-01T10:00:02Z"), false));
        assertThat(b.users()).containsExactly("u1", "u2", "u1");
    }

    @Test
    void nestedValuesOfUnknownFieldsAreSkippedAndTheFieldsAfterThemStillRead() throws Exception {
        ApiProblem p = problem("""
                [{"extra": {"a": [1, {"b": [2, 3]}], "c": "d"}, "userId": "u1", "itemId": "t1", "at": "2026-05-01T10:00:00Z"}]""");
        assertThat(p.status()).isEqualTo(422);
        assertThat(errors(p)).isEqualTo("0:extra");
        assertThat(p.errors().get(0).message()).contains("unknown field for a listen event");
    }

    @Test
    void reportsWrongTypesFieldByFieldInEventOrder() {
        ApiProblem p = problem("""
                [{"userId": 7, "itemId": "t1", "at": "2026-05-01T10:00:00Z"},
                 {"userId": "u1", "itemId": "t1", "at": "2026-05-01T10:00:00Z", "msPlayed": 1.5},
                 {"userId": "u1", "itemId": "t1", "at": "2026-05-01T10:00:00Z", "msPlayed": 99999999999999999999999, "skipped": "yes"}]""");
        assertThat(errors(p)).isEqualTo("0:userId;1:msPlayed;2:msPlayed;2:skipped");
        assertThat(p.errors()).extracting(FieldError::message)
                .containsExactly("must be a string", "must be a non-negative integer (milliseconds)",
                        "must be a non-negative integer (milliseconds)", "must be true or false");
    }

    @Test
    void aRepeatedFieldKeepsItsLastValue() throws Exception {
        EventBatchParser.Batch b = parse("""
                [{"userId": "u1", "itemId": "first", "itemId": "last", "at": "2026-05-01T10:00:00Z"}]""");
        assertThat(b.listens()).extracting(ListenEvent::itemId).containsExactly("last");
    }

    @Test
    void oversizeBatchesAreRefusedWithTheirFullCount() {
        String event = "{\"userId\":\"u1\",\"itemId\":\"t1\",\"at\":\"2026-05-01T10:00:00Z\"}";
        ApiProblem p = problem("[" + String.join(",", List.of(event, event, event, event, "[1, 2]")) + "]");
        assertThat(p.status()).isEqualTo(413);
        assertThat(p.detail()).contains("batch has 5 events; at most 3");
    }

    @Test
    void malformedJsonAnywhereWinsOverValidationErrors() {
        assertThatThrownBy(() -> parse("[{\"userId\": 1}, {\"userId\": ]"))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> parse("[{\"userId\": \"u1\"}")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void wrongShapesAndTrailingContentAre400() {
        for (String body : List.of("{\"listens\": []}", "{\"events\": {}}", "\"events\"", "[] []", "")) {
            ApiProblem p = problem(body);
            assertThat(p).as(body).isNotNull();
            assertThat(p.status()).as(body).isEqualTo(400);
        }
        assertThat(problem("[] []").detail()).contains("content after its JSON document");
        assertThat(problem("{\"events\": 1}").detail()).contains("{\"events\": [ ... ]}");
    }

    @Test
    void nonObjectEventsAndFutureTimestampsAreNamed() {
        ApiProblem p = problem("""
                [42, {"userId": "u1", "itemId": "t1", "at": "2026-06-03T00:00:00Z"}]""");
        assertThat(errors(p)).isEqualTo("0:;1:at");
        assertThat(p.errors().get(1).message()).contains("more than a day in the future");
    }
}
