package io.touchpointhub.routes.fileimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.store.ImportJob;
import io.touchpointhub.identity.store.ImportJobs;
import io.touchpointhub.routes.HubProperties;
import io.touchpointhub.routes.support.HubIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files in, profiles out: uploads and dropped files go through a configured column mapping (or the
 * built-in review feed) into the real pipeline, bad rows are reported by number, re-imports store
 * nothing twice, and the job record shows progress.
 */
class FileImportIT extends HubIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ImportProperties imports;

    @Autowired
    HubProperties hubProperties;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportUploads uploads;

    @Autowired
    ImportInstance instance;

    private final String u = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void importsAnUploadedCsvKeepingGoodRowsAndReportingBadRowsByNumber() {
        Upload upload = upload("legacy-crm", "text/csv", file("legacy-crm.csv"));

        assertThat(upload.status()).isEqualTo(202);
        assertThat(upload.location()).endsWith("/api/import/" + upload.jobId());
        JsonNode job = awaitFinished(upload.jobId());
        assertThat(job.path("status").asText()).isEqualTo("completed");
        assertThat(job.path("origin").asText()).isEqualTo("upload");
        assertThat(job.path("rowsRead").asLong()).isEqualTo(6);
        assertThat(job.path("rowsImported").asLong()).isEqualTo(4);
        assertThat(job.path("rowsRejected").asLong()).isEqualTo(2);
        assertThat(errors(job)).containsExactly("4 Email: must be an e-mail address",
                "6 Last Contact: must be a timestamp in the format dd/MM/yyyy HH:mm");
        assertThat(job.toString()).doesNotContain("not-an-email").doesNotContain("31/13");

        awaitPipelineIdle();
        JsonNode charles = profile("charles." + u + "@example.com");
        assertThat(charles.path("identifiers").toString()).contains("legacy_crm:C-" + u + "-2");
        JsonNode entry = charles.path("timeline").get(0);
        assertThat(entry.path("channel").asText()).isEqualTo("IMPORT");
        assertThat(entry.path("source").asText()).isEqualTo("legacy-crm");
        assertThat(entry.path("text").asText()).isEqualTo("Complained twice:\nfirst about delivery,\nthen about the invoice");
        assertThat(entry.path("properties").path("Segment").asText()).isEqualTo("silver");
        assertThat(entry.path("properties").path("currency").asText()).isEqualTo("GBP");
        assertThat(entry.path("occurredAt").asText()).isEqualTo("2024-07-15T13:05:00Z");
    }

    @Test
    void reimportingTheSameFileStoresNoTouchpointTwice() {
        String csv = file("legacy-crm.csv");
        awaitFinished(upload("legacy-crm", "text/csv", csv).jobId());
        awaitPipelineIdle();
        long touchpoints = hub().get("/api/admin/stats").json().path("touchpoints").asLong();

        JsonNode again = awaitFinished(upload("legacy-crm", "text/csv; charset=UTF-8", csv).jobId());

        assertThat(again.path("status").asText()).isEqualTo("completed");
        assertThat(again.path("rowsImported").asLong()).isEqualTo(4);
        awaitPipelineIdle();
        assertThat(hub().get("/api/admin/stats").json().path("touchpoints").asLong()).isEqualTo(touchpoints);
        assertThat(profile("ada." + u + "@example.com").path("timeline")).hasSize(1);
    }

    @Test
    void importsAFileDroppedInTheInboxAndMovesItToDone() throws IOException {
        Path dir = inbox().resolve("legacy-crm");
        String name = "crm-" + u + ".csv";

        drop(dir, name, file("legacy-crm.csv"));

        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(dir.resolve(".done").resolve(name)));
        assertThat(dir.resolve(name)).doesNotExist();
        JsonNode job = recentJob(name);
        assertThat(job.path("origin").asText()).isEqualTo("directory");
        assertThat(job.path("mapping").asText()).isEqualTo("legacy-crm");
        assertThat(job.path("status").asText()).isEqualTo("completed");
        assertThat(job.path("rowsImported").asLong()).isEqualTo(4);
        awaitPipelineIdle();
        assertThat(profile("barbara." + u + "@example.com").path("timeline").get(0).path("channel").asText())
                .isEqualTo("IMPORT");
    }

    @Test
    void movesAFileOfAnUnknownMappingToFailedWithTheReasonInItsJob() throws IOException {
        Path dir = inbox().resolve("no-such-mapping");
        String name = "mystery-" + u + ".csv";

        drop(dir, name, "Email\na@example.com\n");

        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(dir.resolve(".failed").resolve(name)));
        JsonNode job = recentJob(name);
        assertThat(job.path("status").asText()).isEqualTo("failed");
        assertThat(job.path("failure").asText()).startsWith("mapping: must name a configured mapping").contains("legacy-crm");
    }

    @Test
    void importsAReviewFeedAsReviewTouchpointsWithTheirRatingInTheTimeline() {
        String boundary = "import-" + u;
        String multipart = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"feeds/amazon-" + u + ".jsonl\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"
                + file("reviews.jsonl") + "\r\n--" + boundary + "--\r\n";

        Upload upload = upload("reviews", "multipart/form-data; boundary=" + boundary, multipart);

        assertThat(upload.status()).isEqualTo(202);
        JsonNode job = awaitFinished(upload.jobId());
        assertThat(job.path("fileName").asText()).isEqualTo("amazon-" + u + ".jsonl");
        assertThat(job.path("format").asText()).isEqualTo("jsonl");

        assertThat(job.path("status").asText()).isEqualTo("completed");
        assertThat(job.path("rowsImported").asLong()).isEqualTo(2);
        assertThat(errors(job)).containsExactly("3 rating: must be a decimal number with '.' as decimal separator");

        awaitPipelineIdle();
        JsonNode review = profile("ana." + u + "@example.com").path("timeline").get(0);
        assertThat(review.path("channel").asText()).isEqualTo("MARKETPLACE");
        assertThat(review.path("source").asText()).isEqualTo("amazon.de");
        assertThat(review.path("type").asText()).isEqualTo("review");
        assertThat(review.path("text").asText()).startsWith("Broke after a week\n\nThe handle snapped");
        assertThat(review.path("properties").path("rating").decimalValue()).isEqualByComparingTo("2.0");
        assertThat(review.path("properties").path("ratingScale").asInt()).isEqualTo(5);
        assertThat(review.path("properties").path("product").path("name").asText()).isEqualTo("Kettle 2000");
        JsonNode etsy = profile("etsy:etsy-" + u).path("timeline").get(0);
        assertThat(etsy.path("properties").path("rating").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(etsy.path("properties").path("ratingOriginal").asInt()).isEqualTo(9);
    }

    @Test
    void showsCountsAdvancingWhileAJobRunsAndKeepsOnlyTheFirstErrors() {
        int rows = 6_000;
        StringBuilder csv = new StringBuilder(file("legacy-crm.csv").lines().findFirst().orElseThrow()).append('\n');
        for (int i = 0; i < rows; i++) {
            csv.append(",,,bad-address-").append(i).append(",,,,,,\n");
        }
        long id = upload("legacy-crm", "text/csv", csv.toString()).jobId();
        AtomicBoolean sawProgress = new AtomicBoolean();

        JsonNode job = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
            JsonNode now = hub().get("/api/import/" + id).json();
            long read = now.path("rowsRead").asLong();
            if ("running".equals(now.path("status").asText()) && read > 0 && read < rows) {
                sawProgress.set(true);
            }
            return now;
        }, now -> !now.path("status").asText().matches("queued|running"));

        assertThat(sawProgress).as("a running job showed partial counts").isTrue();
        assertThat(job.path("status").asText()).isEqualTo("completed");
        assertThat(job.path("rowsRejected").asLong()).isEqualTo(rows);
        assertThat(job.path("errorsKept").asInt()).isEqualTo(50);
        assertThat(errors(job)).hasSize(50).first().isEqualTo("2 Email: must be an e-mail address");
    }

    @Test
    void refusesAnUploadForAnUnknownMappingWithAProblemNamingTheMappings() {
        Sent answer = send("/api/import?mapping=nope", "text/csv", "Email\na@example.com\n");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("field").asText()).isEqualTo("mapping");
        assertThat(answer.json().path("rule").asText()).contains("legacy-crm").contains("reviews");
    }

    @Test
    void afterARestartResumesSpooledUploadsAndFailsTheOtherJobsItLeftUnfinished() throws IOException {
        // what a hub killed mid-import leaves behind: running jobs of this instance, one upload still spooled
        long spooled = jobs.create(new ImportJob.Spec("legacy-crm", "legacy-crm", "spooled.csv", "csv", "UTF-8",
                "upload", instance.name()));
        jobs.started(spooled);
        jobs.progress(spooled, 3, 3, 0, List.of());
        Path spool = hubProperties.dataDir().resolve("imports").resolve("uploads").resolve(spooled + ".upload");
        Files.createDirectories(spool.getParent());
        Files.writeString(spool, file("legacy-crm.csv"), StandardCharsets.UTF_8);
        long dropped = jobs.create(new ImportJob.Spec("legacy-crm", "legacy-crm", "dropped.csv", "csv", "UTF-8",
                "directory", instance.name()));
        jobs.started(dropped);

        uploads.resumeInterrupted();

        JsonNode resumed = awaitFinished(spooled);
        assertThat(resumed.path("status").asText()).isEqualTo("completed");
        assertThat(resumed.path("rowsRead").asLong()).as("counted from the first row again").isEqualTo(6);
        assertThat(resumed.path("rowsImported").asLong()).isEqualTo(4);
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(spool));
        JsonNode interrupted = hub().get("/api/import/" + dropped).json();
        assertThat(interrupted.path("status").asText()).isEqualTo("failed");
        assertThat(interrupted.path("failure").asText()).contains("interrupted by a restart").contains("imported again");
    }

    private JsonNode awaitFinished(long id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> hub().get("/api/import/" + id).json(),
                        job -> !job.path("status").asText().matches("queued|running"));
    }

    private JsonNode recentJob(String fileName) {
        JsonNode jobs = hub().get("/api/import?limit=50").json().path("jobs");
        return StreamSupport.stream(jobs.spliterator(), false)
                .filter(job -> fileName.equals(job.path("fileName").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no job for " + fileName));
    }

    /** The 360° view of the best hit for an identifier, which must hold it. */
    private JsonNode profile(String identifier) {
        JsonNode found = hub().get("/api/profiles?q=" + identifier).json().path("results");
        assertThat(found).as("profiles found by %s", identifier).isNotEmpty();
        JsonNode view = hub().get("/api/profiles/" + found.get(0).path("id").asText()).json();
        assertThat(view.path("identifiers").toString()).contains(identifier);
        return view;
    }

    private static List<String> errors(JsonNode job) {
        return StreamSupport.stream(job.path("errors").spliterator(), false)
                .map(e -> e.path("row").asLong() + " " + e.path("field").asText() + ": " + e.path("reason").asText())
                .toList();
    }

    private Path inbox() {
        return imports.inbox(hubProperties.dataDir());
    }

    /** Writes under a dot-name the inbox ignores, then renames: the route never sees a half-written file. */
    private static void drop(Path dir, String name, String content) throws IOException {
        Files.createDirectories(dir);
        Path partial = dir.resolve("." + name + ".part");
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        Files.move(partial, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private String file(String name) {
        try (InputStream in = getClass().getResourceAsStream("/import/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).formatted(u);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Upload(int status, long jobId, String location) {
    }

    private record Sent(int status, JsonNode json, String location) {
    }

    private Upload upload(String mapping, String contentType, String body) {
        Sent answer = send("/api/import?mapping=" + mapping, contentType, body);
        return new Upload(answer.status(), answer.json().path("id").asLong(), answer.location());
    }

    private Sent send(String path, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Sent(response.statusCode(), JSON.readTree(response.body()),
                    response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
