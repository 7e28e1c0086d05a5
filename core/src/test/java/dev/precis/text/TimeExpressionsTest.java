package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.TimeExpressions.Kind;
import dev.precis.text.TimeExpressions.Mention;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeExpressionsTest {
  private static Mention only(String sentence) {
    List<Mention> found = TimeExpressions.find(sentence);
    assertThat(found).as(sentence).hasSize(1);
    return found.get(0);
  }

  @Test
  void daysNamedInNewsSentencesOfTheSampleAndTheDevData() {
    Mention m = only("The United States has no plans to withdraw US troops from Iraq, Defense Secretary Mark Esper said Monday following reports by Reuters.");
    assertThat(m.kind()).isEqualTo(Kind.WEEKDAY);
    assertThat(m.weekday()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(m.text()).isEqualTo("Monday");

    m = only("Eva Longoria welcomed her first child, a son named Santiago Enrique Bastón, with husband José “Pepe” Bastón on Tuesday, June 19, the actress confirmed to Hola!");
    assertThat(m.text()).isEqualTo("Tuesday, June 19");
    assertThat(m.kind()).isEqualTo(Kind.MONTH_DAY);
    assertThat(m.weekday()).isEqualTo(DayOfWeek.TUESDAY);

    m = only("The FBI investigates after an active shooter situation at the Tree of Life Congregation on Saturday, Oct. 27, 2018, in the Squirrel Hill section of Pittsburgh.");
    assertThat(m.kind()).isEqualTo(Kind.DATE);
    assertThat(m.date()).isEqualTo(LocalDate.of(2018, 10, 27));
    assertThat(m.agrees(m.date())).isTrue();

    assertThat(only("LAS VEGAS, June 10 (UPI) -- A man waiting overnight in Las Vegas' McCarran Airport recorded a video.").text())
        .isEqualTo("June 10");
    assertThat(only("On Monday 3 June, the Guardian published an interview with the actor Michael Douglas.").text())
        .isEqualTo("Monday 3 June");
    assertThat(only("According to a document confirmed by Agence France-Presse, the international coalition responded, on Monday, January 6, 2020, by agreeing to the request of the Iraqi parliament.").date())
        .isEqualTo(LocalDate.of(2020, 1, 6));
    assertThat(only("date 2020-01-06 advertisement").date()).isEqualTo(LocalDate.of(2020, 1, 6));
    assertThat(only("Republican Representative Pete Sessions said on Thursday night he was dropping out of the race.").text())
        .isEqualTo("Thursday night");
    assertThat(only("The family said last night that Mr McKinnon was at risk of suicide.").daysBack()).isEqualTo(1);
    assertThat(only("Apple today announced it would start selling the iPhone 4S in mainland China.").daysBack()).isZero();
  }

  @Test
  void namesAndOtherDaysAreNotTheEventsDay() {
    for (String sentence : List.of(
        "Reuters first reported on the letter, which said the U.S. forces were being realigned after Sunday morning’s Iraqi parliamentary vote.",
        "A substantial number of today’s members descend through faithful Latter-day Saints who practiced plural marriage.",
        "Ariana Grande appears to call out Pete Davidson after he proposed during a Saturday Night Live promo clip.",
        "The trailer premiered on ESPN during halftime of Monday Night Football.",
        "Apple will start selling the iPhone 4S in mainland China a week from this Friday.",
        "Shoppers lined up before dawn for Black Friday deals.",
        "The operation put severe pressure on US-Iraq relations almost 17 years after the United States invaded the country in 2003.",
        "The actress told Today that she was thrilled.",
        "Officials may 5 times have warned the town.",
        // A weekday in the future tense is the day of a plan, not of the news (dev clusters 016,
        // 031, 049, 116, 185).
        "An autopsy will be conducted Friday.",
        "The political leaders failed to agree on them, and are due to resume talks on Monday.",
        "Sen. Lindsey Graham will headline a fundraiser on Monday in support of Ted Cruz.",
        "A specially chartered plane will fly relatives of passengers over the search area Wednesday, AirAsia Indonesia CEO Sunu Widjatmoko said.",
        "The group plans to publish detailed projections Tuesday based off real-time turnout figures.",
        "Williams will appear on \"The O'Reilly Factor\" Thursday night to discuss the firing as well.")) {
      assertThat(TimeExpressions.find(sentence)).as(sentence).isEmpty();
    }
    assertThat(TimeExpressions.find("Officials said Feb. 30 was the deadline.")).isEmpty();
  }

  @Test
  void aReportsDayIsKeptBesideAPlannedOne() {
    // The plan's day is left out; the day it was said is the news's.
    Mention m = only("Trump will travel to Texas on Tuesday, the White House said Monday.");
    assertThat(m.weekday()).isEqualTo(DayOfWeek.MONDAY);
    m = only("They are due to arrive in Jakarta on Monday, France's Foreign Ministry said Sunday.");
    assertThat(m.weekday()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(only("The company said it will close the plant, and it announced on Friday that 200 jobs go.").weekday())
        .isEqualTo(DayOfWeek.FRIDAY);
  }

  @Test
  void aDayIsResolvedAgainstTheDateItsArticleWasWritten() {
    LocalDate monday = LocalDate.of(2020, 1, 6);
    assertThat(only("Esper said Monday.").on(monday)).isEqualTo(monday);
    assertThat(only("Qassem Soleimani was killed on Friday.").on(monday)).isEqualTo(LocalDate.of(2020, 1, 3));
    assertThat(only("The parliament voted on Sunday.").on(monday)).isEqualTo(LocalDate.of(2020, 1, 5));
    assertThat(only("Officials said yesterday.").on(monday)).isEqualTo(LocalDate.of(2020, 1, 5));
    // A month and day without a year: the nearest such date, not more than a month ahead.
    assertThat(only("The letter was sent on Dec. 30.").on(monday)).isEqualTo(LocalDate.of(2019, 12, 30));
    assertThat(only("The vote is set for Jan. 20.").on(LocalDate.of(2019, 12, 30))).isEqualTo(LocalDate.of(2020, 1, 20));
    assertThat(only("Tuesday, Aug. 31").agrees(only("Tuesday, Aug. 31").on(LocalDate.of(2010, 9, 2)))).isTrue();
    assertThat(only("Tuesday, Aug. 31").agrees(only("Tuesday, Aug. 31").on(LocalDate.of(2007, 9, 2)))).isFalse();
  }

  @Test
  void aDayIsStatedAsNewsStatesIt() {
    assertThat(TimeExpressions.label(LocalDate.of(2020, 1, 6))).isEqualTo("Monday, January 6, 2020");
    assertThat(TimeExpressions.find("Esper told reporters at the Pentagon on Monday.")).hasSize(1);
    assertThat(TimeExpressions.find("Tehran has promised revenge for the murder.")).isEmpty();
  }
}
