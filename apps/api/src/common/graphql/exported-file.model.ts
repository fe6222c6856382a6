import { Field, ObjectType } from '@nestjs/graphql';

/** A generated file (XLSX, DOCX) returned inline: exports are small and a GraphQL client needs no second request. */
@ObjectType()
export class ExportedFile {
  @Field()
  filename: string;

  @Field()
  mimeType: string;

  @Field({ description: 'The file, base64-encoded' })
  contentBase64: string;
}

/** The media type of the XLSX files the exports return. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
