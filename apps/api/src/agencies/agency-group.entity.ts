import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Agency } from './agency.entity';

/**
 * A named set of agencies ("Các Sở, ban, ngành") used in task assignments. It belongs to one province
 * and holds only that province's agencies, so it is seen (and its code is unique) within the province.
 */
@ObjectType()
@Entity('agency_group')
@Index(['provinceId', 'code'], { unique: true })
export class AgencyGroup extends BaseEntity {
  @Field(() => ID, { description: 'Root agency of the province the group belongs to' })
  @Column({ type: 'uuid' })
  provinceId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  province?: Agency;

  @Field()
  @Column({ length: 64 })
  code: string;

  @Field()
  @Column({ length: 300 })
  name: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Column({ type: 'text', default: '' })
  searchText: string;

  @ManyToMany(() => Agency)
  @JoinTable({
    name: 'agency_group_member',
    joinColumn: { name: 'group_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'agency_id', referencedColumnName: 'id' },
  })
  members?: Agency[];
}
