module github.com/solieu/solieu

go 1.26.8

require go.yaml.in/yaml/v3 v3.0.6

require golang.org/x/text v0.44.0 // indirect
