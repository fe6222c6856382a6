import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyReport } from './agency-report.entity';

/** A file attached to an agency report (decisions, minutes, evidence); uploaded over HTTP, not GraphQL. */
@ObjectType()
@Entity('report_attachment')
@Index(['reportId', 'createdAt'])
export class ReportAttachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => AgencyReport, { onDelete: 'CASCADE' })
  report?: AgencyReport;

  @Field()
  @Column({ length: 255 })
  filename: string;

  @Field()
  @Column({ length: 120 })
  mimeType: string;

  @Field(() => Int, { description: 'Bytes' })
  @Column({ type: 'int' })
  size: number;

  /** The bytes; never selected unless downloading. */
  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  uploadedBy: string | null;

  @Field(() => String, { description: 'Download path (GET with the same Authorization header)' })
  get url(): string {
    return `/files/report-attachments/${this.id}`;
  }

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
