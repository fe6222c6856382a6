import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
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
  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @ManyToOne(() => AgencyReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: AgencyReport;

  @Field()
  @Column({ length: 255 })
  filename: string;

  @Field()
  @Column({ name: 'mime_type', length: 120 })
  mimeType: string;

  @Field(() => Int, { description: 'Bytes' })
  @Column({ type: 'int' })
  size: number;

  /** The bytes; never selected unless downloading. */
  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Field(() => String, { nullable: true })
  @Column({ name: 'uploaded_by', type: 'varchar', length: 254, nullable: true })
  uploadedBy: string | null;

  @Field(() => String, { description: 'Download path (GET with the same Authorization header)' })
  get url(): string {
    return `/files/report-attachments/${this.id}`;
  }

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
