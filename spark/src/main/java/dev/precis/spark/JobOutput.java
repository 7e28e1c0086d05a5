package dev.precis.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the job's tables under its output folder: {@code articles/}, {@code events/} and
 * {@code problems/}, as Parquet or as JSON lines whose fields are the Parquet columns (an event's
 * {@code summary}, a string of JSON in Parquet, is that JSON object itself in a JSON line).
 */
final class JobOutput {
  /** The output formats {@code --format} takes. */
  enum Format { PARQUET, JSON }

  /** The column written as the JSON it holds, not as a string. */
  static final String RAW_JSON_COLUMN = "summary";

  private final String dir;
  private final Format format;

  JobOutput(String dir, Format format) {
    this.dir = dir;
    this.format = format;
  }

  /** Writes {@code rows} as the table {@code table}; answers how many rows it has. */
  long write(String table, Dataset<Row> rows) {
    String path = dir.endsWith("/") ? dir + table : dir + "/" + table;
    Dataset<Row> kept = rows.persist();
    try {
      if (format == Format.PARQUET) {
        kept.write().mode(SaveMode.ErrorIfExists).parquet(path);
      } else {
        StructType schema = kept.schema();
        kept.map((MapFunction<Row, String>) r -> jsonLine(schema, r), Encoders.STRING())
            .write().mode(SaveMode.ErrorIfExists).text(path);
      }
      return kept.count();
    } finally {
      kept.unpersist();
    }
  }

  private static final JsonFactory JSON = new JsonFactory();

  /** One row as a JSON object, its fields in the schema's order. */
  static String jsonLine(StructType schema, Row row) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      StructField[] fields = schema.fields();
      for (int i = 0; i < fields.length; i++) {
        String name = fields[i].name();
        g.writeFieldName(name);
        if (fields[i].dataType() instanceof ArrayType) {
          List<Object> values = row.getList(i);
          g.writeStartArray();
          for (Object v : values) g.writeString(String.valueOf(v));
          g.writeEndArray();
        } else if (name.equals(RAW_JSON_COLUMN)) {
          g.writeRawValue(row.getString(i));
        } else {
          g.writeString(row.getString(i));
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
