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
        label(name, "organisation.name");
        label(nameJapanese, "organisation.name-japanese");
        label(nameKana, "organisation.name-kana");
        kind.setLabel(getTranslation("organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        label(organisationNumber, "organisation.number");
        label(city, "organisation.city");
        country.setLabel(getTranslation("organisation.country"));
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing((String code) -> Formats.country(code, getLocale())))
                .toList());
        country.setItemLabelGenerator(code -> Formats.country(code, getLocale()));
        label(website, "organisation.website");
        website.setPlaceholder("https://");
        email.setLabel(getTranslation("organisation.email"));
        label(phone, "organisation.phone");
        label(sectors, "organisation.sectors");
        sectors.setHelperText(getTranslation("organisation.sectors.helper"));
        notes.setLabel(getTranslation("organisation.notes"));
        add(name, nameJapanese, nameKana, kind, organisationNumber, city, country, website, email, phone, sectors);
        add(notes, 2);

        binder.bindInstanceFields(this);
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
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
