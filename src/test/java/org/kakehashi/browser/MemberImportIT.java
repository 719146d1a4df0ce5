package org.kakehashi.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

class MemberImportIT extends BrowserTest {

    @Test
    void the_secretary_uploads_a_csv_file_sees_its_preview_and_imports_it_after_confirming() throws IOException {
        var file = Files.createTempFile("members", ".csv");
        Files.writeString(file, """
                \uFEFForganisation_name;organisation_name_japanese;kind;city;contact_family_name;contact_given_name
                Kristianstad Cleantech AB;クリスチャンスタッド・クリーンテック;COMPANY;Kristianstad;Nyberg;Elin
                """, StandardCharsets.UTF_8);
        logIn("secretary", "kakehashi-demo");
        wait.until(ExpectedConditions.urlMatches("/members$"));
        open("members/exchange");

        var upload = waitFor("vaadin-upload");
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".import-summary"),
                "1 row: 1 organisation with 1 contact person to import"));
        var importButton = browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Import']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", importButton);
        screenshot("member-import-preview");
        importButton.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot='confirm-button']")))
                .click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-notification-card"),
                "Imported 1 organisation with 1 contact person."));
        open("members");
        var search = waitFor(".filter-bar vaadin-text-field input");
        search.sendKeys("kristianstad");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid"),
                "Kristianstad Cleantech AB"));
    }
}
