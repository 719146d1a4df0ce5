package org.kakehashi.members.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.MaxLength;
import org.kakehashi.common.ui.RequiredFields;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationKind;

/** The fields of an organisation, bound with buffering: nothing changes on the organisation until it is saved. */
class OrganisationForm extends FormLayout {

    final TextField name = new TextField();
    final TextField nameJapanese = new TextField();
    final TextField nameKana = new TextField();
    final ComboBox<OrganisationKind> kind = new ComboBox<>();
    final TextField organisationNumber = new TextField();
    final TextField city = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final TextField website = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField sectors = new TextField();
    final TextArea notes = new TextArea();

    private final BeanValidationBinder<Organisation> binder = RequiredFields.binder(Organisation.class);

    OrganisationForm() {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        label(name, "organisation.name", Organisation.NAME_MAX);
        label(nameJapanese, "organisation.name-japanese", Organisation.NAME_MAX);
        label(nameKana, "organisation.name-kana", Organisation.NAME_MAX);
        kind.setLabel(getTranslation("organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        label(organisationNumber, "organisation.number", Organisation.ORGANISATION_NUMBER_MAX);
        label(city, "organisation.city", Organisation.CITY_MAX);
        country.setLabel(getTranslation("organisation.country"));
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing((String code) -> Formats.country(code, getLocale())))
                .toList());
        country.setItemLabelGenerator(code -> Formats.country(code, getLocale()));
        label(website, "organisation.website", Organisation.WEBSITE_MAX);
        website.setPlaceholder("https://");
        email.setLabel(getTranslation("organisation.email"));
        MaxLength.set(email, Organisation.EMAIL_MAX);
        label(phone, "organisation.phone", Organisation.PHONE_MAX);
        label(sectors, "organisation.sectors", Organisation.SECTORS_MAX);
        sectors.setHelperText(getTranslation("organisation.sectors.helper"));
        notes.setLabel(getTranslation("organisation.notes"));
        MaxLength.set(notes, Organisation.NOTES_MAX);
        add(name, nameJapanese, nameKana, kind, organisationNumber, city, country, website, email, phone, sectors);
        add(notes, 2);

        binder.bindInstanceFields(this);
    }

    private void label(TextField field, String key, int maxLength) {
        field.setLabel(getTranslation(key));
        MaxLength.set(field, maxLength);
    }

    void read(Organisation organisation) {
        binder.readBean(organisation);
    }

    /** Writes the fields into the organisation if every field is valid; otherwise shows the errors at the fields. */
    boolean writeTo(Organisation organisation) {
        return binder.writeBeanIfValid(organisation);
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
    }
}
