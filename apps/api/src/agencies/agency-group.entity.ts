import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinTable, ManyToMany } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Agency } from './agency.entity';

/** A named set of agencies ("Các Sở, ban, ngành") used in task assignments. */
@ObjectType()
@Entity('agency_group')
export class AgencyGroup extends BaseEntity {
  @Field()
  @Index({ unique: true })
  @Column({ length: 64 })
  code: string;

  @Field()
  @Column({ length: 300 })
  name: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  /** The province (root agency) the group belongs to; null = usable everywhere. */
  @Column({ name: 'root_agency_id', type: 'uuid', nullable: true })
  rootAgencyId: string | null;

  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  @ManyToMany(() => Agency)
  @JoinTable({
    name: 'agency_group_member',
    joinColumn: { name: 'group_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'agency_id', referencedColumnName: 'id' },
  })
  members?: Agency[];
}
