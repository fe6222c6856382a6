import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The 7 reform areas (I–VII): reference data, seeded by a migration from libs/shared's catalogue. */
@ObjectType()
@Entity('reform_area')
export class ReformArea {
  @Field({ description: 'I … VII' })
  @PrimaryColumn({ length: 8 })
  code: string;

  @Field()
  @Column({ length: 300 })
  nameVi: string;

  @Field()
  @Column({ length: 300 })
  nameEn: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  sortOrder: number;
}
