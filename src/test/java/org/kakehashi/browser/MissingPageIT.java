package org.kakehashi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A typed address of a page that is not there, or not the user's to open, shows our page inside the menu. */
class MissingPageIT extends BrowserTest {

    @Test
    void a_typed_address_of_a_page_that_is_not_there_or_not_theirs_shows_the_missing_page_in_the_menu() throws IOException {
        logIn("board", "kakehashi-demo");
        wait.until(ExpectedConditions.urlMatches("/dashboard$"));

        open("no-such-page");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("p"),
                "There is no page at “no-such-page”, or it is not one you may open."));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Page not found");
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item"))).isNotEmpty();
        screenshot("missing-page");

        open("members/new");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("p"), "“members/new”"));

        open("users");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("p"), "“users”"));
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item"))).isNotEmpty();
        browser.findElement(By.linkText("Back to the start page")).click();
        wait.until(ExpectedConditions.urlMatches("/dashboard$"));
    }
}
