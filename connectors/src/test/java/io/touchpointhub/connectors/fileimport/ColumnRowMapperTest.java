package io.touchpointhub.connectors.fileimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnRowMapperTest {

    static final Instant NOW = Instant.parse("2025-01-10T12:00:00Z");
    static final ColumnMapping.Columns CRM_COLUMNS = new ColumnMapping.Columns(null, "Email", "Phone", null,
            "First Name", "Last Name", "Customer No", "Last Contact", "Notes", "Lifetime Value", "Currency", null);
    static final ColumnMapping CRM = new ColumnMapping("legacy-crm", Channel.IMPORT, "contact", CRM_COLUMNS,
            "legacy_crm", "dd/MM/yyyy HH:mm", ZoneId.of("Europe/London"), '.', null, true);

    private final ColumnRowMapper mapper = new ColumnRowMapper(CRM);

    @Test
    void mapsACrmRowToAnImportTouchpointWithIdentifiersTraitsAndProperties() {
        Touchpoint touchpoint = mapper.map(row(2, ada()), NOW);

        assertThat(touchpoint.channel()).isEqualTo(Channel.IMPORT);
        assertThat(touchpoint.source()).isEqualTo("legacy-crm");
        assertThat(touchpoint.type()).isEqualTo("contact");
        assertThat(touchpoint.receivedAt()).isEqualTo(NOW);
        assertThat(touchpoint.occurredAt()).isEqualTo(Instant.parse("2024-07-01T08:30:00Z")); // BST
        assertThat(touchpoint.identifiers()).containsExactly(
                Identifier.of(IdentifierType.EMAIL, "ada@example.com"),
                Identifier.of(IdentifierType.PHONE, "+44 20 7946 0001"),
                Identifier.of(IdentifierType.EXTERNAL_ID, "legacy_crm:C-1001"));
        assertThat(touchpoint.traits()).isEqualTo(Map.of("firstName", "Ada", "lastName", "Lovelace"));
        assertThat(touchpoint.properties()).isEqualTo(Map.of("Segment", "gold",
                "amount", new BigDecimal("1234.50"), "currency", "EUR"));
        assertThat(touchpoint.text()).isEqualTo("Wants a call back");
    }

    @Test
    void givesCallCentreTouchpointsWhenTheMappingSaysSoWithTheTypeColumn() {
        ColumnMapping calls = new ColumnMapping("call-centre", Channel.CALL_CENTER, "call",
                new ColumnMapping.Columns("Call Id", null, "Caller", null, null, null, null, "Start", "Notes",
                        null, null, "Kind"), null, "epoch-seconds", ZoneId.of("UTC"), '.', null, false);

        Touchpoint touchpoint = new ColumnRowMapper(calls).map(row(2, Map.of("Call Id", "K-77", "Caller", "020 7946 0002",
                "Start", "1714555800", "Notes", "Billing question", "Kind", "inbound-call", "Agent", "Zoe")), NOW);

        assertThat(touchpoint.key().channel()).isEqualTo(Channel.CALL_CENTER);
        assertThat(touchpoint.key().externalId()).isEqualTo("K-77");
        assertThat(touchpoint.type()).isEqualTo("inbound-call");
        assertThat(touchpoint.occurredAt()).isEqualTo(Instant.ofEpochSecond(1714555800));
        assertThat(touchpoint.properties()).as("extra columns dropped when not kept").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-05-01T09:30:00Z      | 2024-05-01T09:30:00Z",
            "2024-05-01T11:30:00+02:00 | 2024-05-01T09:30:00Z",
            "2024-05-01T09:30:00       | 2024-05-01T09:30:00Z",
            "2024-05-01 09:30:00       | 2024-05-01T09:30:00Z",
            "2024-05-01                | 2024-05-01T00:00:00Z"})
    void readsIsoTimestampsWhenNoFormatIsGiven(String value, String expected) {
        ColumnMapping iso = ColumnMapping.of("crm", new ColumnMapping.Columns(null, "Email", null, null, null, null,
                null, "When", null, null, null, null));

        Instant occurredAt = new ColumnRowMapper(iso).map(row(2, Map.of("Email", "a@example.com", "When", value)), NOW)
                .occurredAt();

        assertThat(occurredAt).isEqualTo(Instant.parse(expected));
    }

    @Test
    void aBlankTimestampMeansTheImportTime() {
        Map<String, String> values = ada();
        values.put("Last Contact", " ");

        assertThat(mapper.map(row(2, values), NOW).occurredAt()).isEqualTo(NOW);
    }

    @Test
    void rejectsATimestampNotInTheFormatNamingColumnAndFormatButNotTheValue() {
        Map<String, String> values = ada();
        values.put("Last Contact", "31/13/2024 10:00");

        assertThatThrownBy(() -> mapper.map(row(5, values), NOW)).isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
            assertThat(e.field()).isEqualTo("Last Contact");
            assertThat(e.rule()).isEqualTo("must be a timestamp in the format dd/MM/yyyy HH:mm");
            assertThat(e.getMessage()).doesNotContain("31/13");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            ". | 1,234.50   | 1234.50",
            ". | -12.5      | -12.5",
            ", | 1.234,50   | 1234.50",
            ", | 1 234,5    | 1234.5",
            ". | 1'000      | 1000"})
    void readsAmountsExactlyWithEitherDecimalSeparator(char separator, String value, String expected) {
        ColumnMapping money = new ColumnMapping("shop", Channel.IMPORT, "order", new ColumnMapping.Columns(null,
                "Email", null, null, null, null, null, null, null, "Total", null, null), null, null, ZoneId.of("UTC"),
                separator, "EUR", false);

        Touchpoint touchpoint = new ColumnRowMapper(money).map(row(2, Map.of("Email", "a@example.com", "Total", value)), NOW);

        assertThat(touchpoint.properties()).containsEntry("amount", new BigDecimal(expected)).containsEntry("currency", "EUR");
    }

    @Test
    void rejectsAnAmountThatIsNotANumberAndAnUnknownCurrency() {
        Map<String, String> badAmount = ada();
        badAmount.put("Lifetime Value", "twelve");
        Map<String, String> badCurrency = ada();
        badCurrency.put("Currency", "EURO");

        assertThatThrownBy(() -> mapper.map(row(2, badAmount), NOW)).isInstanceOfSatisfying(
                InvalidTouchpointException.class, e -> assertThat(e.field()).isEqualTo("Lifetime Value"));
        assertThatThrownBy(() -> mapper.map(row(2, badCurrency), NOW)).isInstanceOfSatisfying(
                InvalidTouchpointException.class, e -> assertThat(e.rule()).contains("ISO 4217"));
    }

    @Test
    void rejectsAnEmailColumnHoldingSomethingElse() {
        Map<String, String> values = ada();
        values.put("Email", "Ada Lovelace");

        assertThatThrownBy(() -> mapper.map(row(2, values), NOW)).isInstanceOfSatisfying(InvalidTouchpointException.class,
                e -> assertThat(e).extracting(InvalidTouchpointException::field, InvalidTouchpointException::rule)
                        .containsExactly("Email", "must be an e-mail address"));
    }

    @Test
    void rejectsARowThatNamesNoCustomer() {
        Map<String, String> values = ada();
        values.put("Email", "");
        values.put("Phone", "");
        values.put("Customer No", "");

        assertThatThrownBy(() -> mapper.map(row(2, values), NOW)).isInstanceOfSatisfying(InvalidTouchpointException.class,
                e -> assertThat(e.field()).isEqualTo("Email, Phone, Customer No"));
    }

    @Test
    void keysARowWithoutIdColumnByItsContentWhateverTheColumnOrder() {
        Map<String, String> reordered = new LinkedHashMap<>();
        List<Map.Entry<String, String>> entries = new ArrayList<>(ada().entrySet());
        Collections.reverse(entries);
        entries.forEach(e -> reordered.put(e.getKey(), e.getValue()));
        Map<String, String> changed = ada();
        changed.put("Segment", "silver");

        String key = mapper.map(row(2, ada()), NOW).key().externalId();

        assertThat(key).startsWith("row-").hasSize(36);
        assertThat(mapper.map(row(9, reordered), NOW.plusSeconds(60)).key().externalId()).isEqualTo(key);
        assertThat(mapper.map(row(2, changed), NOW).key().externalId()).isNotEqualTo(key);
    }

    @Test
    void keysARowByItsIdColumnWhenMappedAndRejectsABlankId() {
        ColumnMapping withId = ColumnMapping.of("crm", new ColumnMapping.Columns("Id", "Email", null, null, null, null,
                null, null, null, null, null, null));
        ColumnRowMapper idMapper = new ColumnRowMapper(withId);

        assertThat(idMapper.map(row(2, Map.of("Id", "42", "Email", "a@example.com")), NOW).key().externalId()).isEqualTo("42");
        assertThatThrownBy(() -> idMapper.map(row(3, Map.of("Id", " ", "Email", "a@example.com")), NOW))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> assertThat(e.field()).isEqualTo("Id"));
    }

    @Test
    void refusesAFileWhoseHeaderLacksAMappedColumn() {
        assertThatThrownBy(() -> mapper.checkColumns(List.of("Email", "Phone")))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.row()).isEqualTo(1);
                    assertThat(e.rule()).contains("'First Name'");
                });
    }

    @Test
    void refusesAMappingThatCannotNameACustomerOrHasABadPattern() {
        ColumnMapping.Columns nameOnly = new ColumnMapping.Columns(null, null, null, "Name", null, null, null, null,
                null, null, null, null);

        assertThatThrownBy(() -> new ColumnRowMapper(ColumnMapping.of("crm", nameOnly)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnMapping("crm", Channel.IMPORT, "x", CRM_COLUMNS, null, "dd/MM/yyyy {{",
                ZoneId.of("UTC"), '.', null, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnMapping("crm", Channel.WEB, "x", CRM_COLUMNS, null, null,
                ZoneId.of("UTC"), '.', null, true)).isInstanceOf(IllegalArgumentException.class);
    }

    static Map<String, String> ada() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Customer No", "C-1001");
        values.put("First Name", "Ada");
        values.put("Last Name", "Lovelace");
        values.put("Email", " ada@example.com ");
        values.put("Phone", "+44 20 7946 0001");
        values.put("Last Contact", "01/07/2024 09:30");
        values.put("Notes", "Wants a call back");
        values.put("Lifetime Value", "1234.50");
        values.put("Currency", "eur");
        values.put("Segment", "gold");
        return values;
    }

    static ImportRow row(long number, Map<String, String> values) {
        return new ImportRow(number, values);
    }
}
