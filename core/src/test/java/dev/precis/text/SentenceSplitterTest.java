package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {
  final SentenceSplitter splitter = new SentenceSplitter();

  List<String> split(String text) {
    return splitter.split(text).stream().map(s -> s.of(text)).toList();
  }

  static Stream<Arguments> trickyBoundaries() {
    return Stream.of(
        Arguments.of("The U.S. military sent a letter. Iraq received it.", List.of("The U.S. military sent a letter.", "Iraq received it.")),
        Arguments.of("Lt. Gen. Abdul Amir Yarallah got it. He read it.", List.of("Lt. Gen. Abdul Amir Yarallah got it.", "He read it.")),
        Arguments.of("Brig. Gen. William H. Seely III signed it on Jan. 6 in Baghdad. Then it leaked.", List.of("Brig. Gen. William H. Seely III signed it on Jan. 6 in Baghdad.", "Then it leaked.")),
        Arguments.of("Sen. Lindsey Graham spoke at 9 a.m. on Monday. Others followed.", List.of("Sen. Lindsey Graham spoke at 9 a.m. on Monday.", "Others followed.")),
        Arguments.of("\"Is that clear?\" he asked. Nobody answered.", List.of("\"Is that clear?\" he asked.", "Nobody answered.")),
        Arguments.of("\"There is no decision to leave Iraq. Period,\" Esper said.", List.of("\"There is no decision to leave Iraq. Period,\" Esper said.")),
        Arguments.of("About 5,000 U.S. troops remain, at a cost of $4.9 million. The U.K. disagreed.", List.of("About 5,000 U.S. troops remain, at a cost of $4.9 million.", "The U.K. disagreed.")),
        Arguments.of("Dr. Smith and Mr. Jones met at Acme Inc. in Washington. They talked.", List.of("Dr. Smith and Mr. Jones met at Acme Inc. in Washington.", "They talked.")),
        Arguments.of("The vote was 170 to 0. It passed.", List.of("The vote was 170 to 0.", "It passed.")),
        Arguments.of("A. B. Carter flew to Univ. of Iowa. He landed.", List.of("A. B. Carter flew to Univ. of Iowa.", "He landed.")),
        // The repairs look at the last characters of a long sentence, as at the whole of a short one.
        Arguments.of("The report on the long-running dispute over the river was written by William H. Seely and released on Monday. It was read.",
            List.of("The report on the long-running dispute over the river was written by William H. Seely and released on Monday.", "It was read.")),
        Arguments.of("The emergency crews that were sent to the flooded neighborhood arrived at 6 a.m. on Tuesday. Residents cheered.",
            List.of("The emergency crews that were sent to the flooded neighborhood arrived at 6 a.m. on Tuesday.", "Residents cheered.")),
        // Sentences a page ran together without a space (Multi-News clusters 094, 182); web
        // addresses and dotted abbreviations stay whole.
        Arguments.of("Tens of billions of those dollars have been wasted.The report's authors note that the \"waste\" was caused by errors.",
            List.of("Tens of billions of those dollars have been wasted.", "The report's authors note that the \"waste\" was caused by errors.")),
        Arguments.of("The Department of Defense did not respond to a request for comment.On Sunday, House Oversight members asked again.",
            List.of("The Department of Defense did not respond to a request for comment.", "On Sunday, House Oversight members asked again.")),
        // Initials before a name run on; a place's initials can end a sentence (dev clusters 117,
        // 194, 247).
        Arguments.of("In a possibly related development, T.J. Maxx said it would stop selling the line. Shares fell.",
            List.of("In a possibly related development, T.J. Maxx said it would stop selling the line.", "Shares fell.")),
        Arguments.of("Protesters waited outside of where Sonoma County D.A. Jill Ravitch held a press conference. It was brief.",
            List.of("Protesters waited outside of where Sonoma County D.A. Jill Ravitch held a press conference.", "It was brief.")),
        Arguments.of("For Gary Cohn, he was dumb. For H.R. McMaster, he was a hopeless idiot.",
            List.of("For Gary Cohn, he was dumb.", "For H.R. McMaster, he was a hopeless idiot.")),
        Arguments.of("Katerina is a junior at Peddie School near Princeton, N.J. Their youngest child, Philip, was a student at St. Albans School.",
            List.of("Katerina is a junior at Peddie School near Princeton, N.J.", "Their youngest child, Philip, was a student at St. Albans School.")),
        Arguments.of("The plant will close and the jobs will move to the U.S. The union said it would fight the decision.",
            List.of("The plant will close and the jobs will move to the U.S.", "The union said it would fight the decision.")),
        // A clock time's day, and a name with "!" in it (dev clusters 228, 036).
        Arguments.of("The police affidavit says calls began coming in to 911 just before 10 a.m. Saturday, reporting \"they were being attacked.\" Police came.",
            List.of("The police affidavit says calls began coming in to 911 just before 10 a.m. Saturday, reporting \"they were being attacked.\"", "Police came.")),
        Arguments.of("Eva and Jos\u00e9 shared the news with HOLA! USA, adding, \"We are so grateful for this beautiful blessing.\"",
            List.of("Eva and Jos\u00e9 shared the news with HOLA! USA, adding, \"We are so grateful for this beautiful blessing.\"")),
        // A place named after someone (cluster 196).
        Arguments.of("Officer Nic Abts-Olsen was patrolling near Martin Luther King Jr. Way South around 8:30 PM. He saw a car.",
            List.of("Officer Nic Abts-Olsen was patrolling near Martin Luther King Jr. Way South around 8:30 PM.", "He saw a car.")),
        Arguments.of("The award went to Sammy Davis Jr. The crowd cheered.", List.of("The award went to Sammy Davis Jr.", "The crowd cheered.")),
        Arguments.of("The meeting ended at 9 p.m. The mayor left.", List.of("The meeting ended at 9 p.m.", "The mayor left.")),
        Arguments.of("Shares of Amazon.com rose after the U.S.A. report. Mrs.Smith was not surprised.",
            List.of("Shares of Amazon.com rose after the U.S.A. report.", "Mrs.Smith was not surprised.")));
  }

  @ParameterizedTest
  @MethodSource("trickyBoundaries")
  void splitsNewsSentencesCorrectly(String text, List<String> expected) {
    assertThat(split(text)).containsExactlyElementsOf(expected);
  }

  @org.junit.jupiter.api.Test
  void paragraphBreaksAreSentenceBreaksAndSpansAreExact() {
    String text = "Advertisement\n\nThe letter was a draft. It was sent by mistake.\n\nLeave a Reply";
    List<Span> spans = splitter.split(text);
    assertThat(spans.stream().map(s -> s.of(text)).toList())
        .containsExactly("Advertisement", "The letter was a draft.", "It was sent by mistake.", "Leave a Reply");
    assertThat(spans.get(1).start()).isEqualTo(text.indexOf("The letter"));
  }
}
