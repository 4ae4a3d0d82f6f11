create sequence Greeting_SEQ start with 1 increment by 50;
create table Greeting (id bigint not null, text varchar(255), primary key (id));
insert into Greeting (id, text) values (1, 'hello');
