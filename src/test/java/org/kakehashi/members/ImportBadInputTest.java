package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kakehashi.reliability.BadInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;

/** The bad-input campaign over the member import: each value is refused in its row's errors or imported exactly. */
@SpringBootTest
@WithMockUser(username = "secretary", roles = "SECRETARY")
class ImportBadInputTest {

    @Autowired
    private MemberExchangeService exchange;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private ContactService contacts;

    @ParameterizedTest(name = "imported organisation name: {0}")
    @EnumSource(BadInput.class)
    void an_organisation_name_is_refused_in_its_row_or_imported_exactly(BadInput input) {
        var preview = preview(input.text, "Kobe", "Tanaka");
        if (input.refusedWhenRequired()) {
            assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.errors()).isNotEmpty()
                    .allSatisfy(error -> assertThat(error).isNotBlank().doesNotContain("{", "Exception")));
            return;
        }
        assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.errors()).isEmpty());
        assertThat(exchange.importOrganisations(preview, false, Locale.ENGLISH).organisations()).isEqualTo(1);
        assertThat(organisations.page(new OrganisationFilter(input.text, null, null, null, null, true),
                Pageable.ofSize(50)).getContent()).extracting(Organisation::getName).contains(input.text);
    }

    @ParameterizedTest(name = "imported contact family name: {0}")
    @EnumSource(BadInput.class)
    void a_contact_family_name_is_refused_in_its_row_or_imported_exactly(BadInput input) {
        var name = "Import family " + input.ordinal();
        var preview = preview(name, "Osaka", input.text);
        if (input.isTooLong()) {
            assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.errors()).isNotEmpty());
            return;
        }
        if (input.isNothing()) {
            // A row without a family name carries the organisation alone, or says what is missing
            assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.errors())
                    .allSatisfy(error -> assertThat(error).isNotBlank().doesNotContain("{", "Exception")));
            return;
        }
        assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.errors()).isEmpty());
        assertThat(exchange.importOrganisations(preview, false, Locale.ENGLISH).contacts()).isEqualTo(1);
        var imported = organisations.page(new OrganisationFilter(name, null, null, null, null, true),
                Pageable.ofSize(1)).getContent().getFirst();
        assertThat(contacts.ofOrganisation(imported.getId())).singleElement()
                .extracting(ContactPerson::getFamilyName).isEqualTo(input.text);
    }

    private ImportPreview preview(String organisationName, String city, String familyName) {
        return exchange.preview(csv(organisationName, city, familyName), Locale.ENGLISH);
    }

    private static byte[] csv(String organisationName, String city, String familyName) {
        return ("organisation_name;kind;city;country;contact_family_name;contact_given_name\n"
                + quoted(organisationName) + ";COMPANY;" + quoted(city) + ";JP;" + quoted(familyName) + ";Hanako\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
