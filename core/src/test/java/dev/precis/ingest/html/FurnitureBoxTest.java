package dev.precis.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * A footer or service box with more prose than a short article must not be taken for it: the
 * kind of page where the rules alone took a market-data disclaimer or a customer-service box.
 */
class FurnitureBoxTest {
  private static final String ARTICLE = "<p>Shares of the carmaker fell 6% on Tuesday after it"
      + " cut its forecast for the year, saying that a shortage of chips would keep its plants"
      + " idle for most of the summer.</p>"
      + "<p>The company, which had promised investors a record year, now expects deliveries to"
      + " fall by a tenth, its chief executive told analysts on a call.</p>"
      + "<p>\u201cWe are not going to hit the numbers we gave you in January,\u201d he said.</p>";

  private static final String HEAD = "<html><head><title>Carmaker cuts forecast</title></head><body>"
      + "<header><a href=/>Home</a> <a href=/markets>Markets</a> <a href=/tech>Tech</a></header>"
      + "<h1>Carmaker cuts forecast as chip shortage bites</h1>"
      + "<p class=byline>By A. Reporter, Business</p>";

  private static Article extract(String html) {
    return new HtmlArticleExtractor().extract(html.getBytes(StandardCharsets.UTF_8), "", "box", "",
        new ArrayList<>()::add).orElseThrow();
  }

  @Test
  void aMarketDataDisclaimerLongerThanTheArticleIsLeftOut() {
    String disclaimer = "<div class=legal-box><p>Most stock quote data provided by an exchange."
        + " Market indices are shown in real time, except for the index of the largest"
        + " companies, which is delayed by two minutes. All times are Eastern. Factual data is"
        + " provided by a data vendor, and mutual fund and exchange-traded fund data is provided"
        + " by another vendor, which also provides the ratings.</p>"
        + "<p>Copyright 2024 the company. All rights reserved. Terms of use and privacy policy"
        + " apply to every page of this site, and the quotes above are not an offer to buy or to"
        + " sell any security; past performance is no guarantee of what comes next.</p>"
        + "<p>Disclaimer: the information on this page is for general purposes only, is not"
        + " investment advice, and should not be relied on for trading, since prices may be"
        + " delayed and may differ from those on the exchanges themselves.</p></div>";
    Article a = extract(HEAD + "<div class=story-body>" + ARTICLE + "</div>" + disclaimer
        + "</body></html>");
    assertThat(a.text()).startsWith("Shares of the carmaker fell 6%")
        .contains("\u201cWe are not going to hit the numbers")
        .doesNotContain("stock quote data").doesNotContain("All rights reserved")
        .doesNotContain("investment advice");
  }

  @Test
  void aCustomerServiceBoxLongerThanTheArticleIsLeftOut() {
    String box = "<div class=service-center><h3>Contact us</h3><p>Our Customer Service Center can"
        + " be contacted on weekdays from eight in the morning until six in the evening, and on"
        + " Fridays until one in the afternoon, by telephone or by e-mail, for any question about"
        + " subscriptions, deliveries and billing.</p>"
        + "<p>Subscribers who want to change their delivery address, pause their subscription"
        + " while on holiday or report a missing paper can also do so online, at any hour, from"
        + " the account page, where past invoices can be downloaded as well.</p>"
        + "<p>For advertising, please write to our sales department, and for letters to the"
        + " editor use the form on the contact page; we read every letter, although we cannot"
        + " answer each one of them personally.</p></div>";
    Article a = extract(HEAD + "<article>" + ARTICLE + "</article>" + box + "</body></html>");
    assertThat(a.text()).startsWith("Shares of the carmaker fell 6%")
        .contains("now expects deliveries to fall by a tenth")
        .doesNotContain("Customer Service").doesNotContain("Subscribers")
        .doesNotContain("sales department");
  }
}
