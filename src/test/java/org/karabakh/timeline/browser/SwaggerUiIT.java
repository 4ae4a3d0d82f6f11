package org.karabakh.timeline.browser;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A tester in Swagger UI on the packaged app: the prefilled examples of GET /api/v1/events just work. */
@QuarkusIntegrationTest
@Tag("browser")
class SwaggerUiIT {

    private WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        Browser.screenshot(driver, "swagger-ui-events");
        driver.quit();
    }

    @Test
    void shouldListEventsWhenATesterExecutesTheOperationWithItsPrefilledExamples() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get("http://localhost:" + RestAssured.port + "/q/swagger-ui/");

        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("operations-Events-listEvents")));
        operation.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".try-out__btn"))))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".execute")))).click();

        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#operations-Events-listEvents .live-responses-table tbody .response-col_status")));
        WebElement body = operation.findElement(By.cssSelector(".live-responses-table tbody .response-col_description pre"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", status);

        assertThat(status.getText()).startsWith("200");
        assertThat(body.getText()).contains("\"trilateral-statement-2020-11-09\"", "\"citations\"");
    }
}
