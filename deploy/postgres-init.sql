-- Run once by the postgres image on an empty volume (docker-compose.yml): the app's and Inngest's databases.
CREATE ROLE fikiri LOGIN PASSWORD 'fikiri';
CREATE DATABASE fikiri OWNER fikiri;
CREATE ROLE inngest LOGIN PASSWORD 'inngest';
CREATE DATABASE inngest OWNER inngest;
